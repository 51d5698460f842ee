namespace OnlineMinisterial.Domain.Floor;

public enum RequestState
{
    Waiting,
    Speaking,
    Done,
    Withdrawn,
    Removed,
}
