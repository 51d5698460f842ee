namespace OnlineMinisterial.Domain.Conference;

public enum SeatRole
{
    Head,
    Alternate,
    Adviser,

    /// <summary>A representative other than the head (the UN General Assembly allows five, the head included).</summary>
    Representative,
}
