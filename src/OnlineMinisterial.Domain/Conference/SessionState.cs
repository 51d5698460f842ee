namespace OnlineMinisterial.Domain.Conference;

public enum SessionState
{
    Scheduled,
    Live,
    Suspended,
    Closed,

    /// <summary>Taken off the agenda before it started; kept for the record, shown nowhere.</summary>
    Cancelled,
}
