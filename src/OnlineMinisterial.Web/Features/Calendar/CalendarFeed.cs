namespace OnlineMinisterial.Web.Features.Calendar;

/// <summary>
/// A person's private calendar feed. Only the SHA-256 of its token is stored: the address is shown once, when made,
/// and a leaked database does not leak working feed addresses. Making a new one replaces the old; deleting revokes it.
/// </summary>
public sealed class CalendarFeed
{
    public string PersonId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
