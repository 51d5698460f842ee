namespace OnlineMinisterial.Domain.Conference;

public enum SeatRole
{
    Head,
    Alternate,
    Adviser,
}
