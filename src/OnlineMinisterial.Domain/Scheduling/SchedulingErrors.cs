namespace OnlineMinisterial.Domain.Scheduling;

public static class SchedulingErrors
{
    public const string NotPending = "transition.not_pending";
}
