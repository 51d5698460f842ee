namespace OnlineMinisterial.Domain.Conference;

public enum SessionState
{
    Scheduled,
    Live,
    Suspended,
    Closed,
}
