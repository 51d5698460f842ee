namespace OnlineMinisterial.Domain.Scheduling;

public enum TransitionState
{
    Pending,
    Done,
    Cancelled,
}
