using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Panels;

/// <summary>
/// An invitation that makes a person a possible panelist of one panel session, and nothing more: a guest can be
/// put on that panel's stage and be given the floor there, but asks, votes and moderates nowhere.
/// </summary>
public sealed class PanelGuest
{
    private PanelGuest() { }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public string PersonId { get; private set; } = "";
    public DateTimeOffset InvitedAt { get; private set; }

    public static PanelGuest Invite(Guid id, Guid sessionId, string personId, DateTimeOffset now)
    {
        Guard.That(!string.IsNullOrWhiteSpace(personId), ErrorCodes.InvalidArgument, "A guest invitation needs a person.");
        return new PanelGuest { Id = id, SessionId = sessionId, PersonId = personId, InvitedAt = now };
    }
}
