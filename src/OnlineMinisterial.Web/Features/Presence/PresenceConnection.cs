namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// One open hub connection. Presence is derived from these rows, so every node (and a restarted one) sees the
/// same truth; rows of a node that stopped heartbeating are swept.
/// </summary>
public sealed class PresenceConnection
{
    public string ConnectionId { get; set; } = "";
    public string PersonId { get; set; } = "";
    public Guid? DelegationId { get; set; }
    public string NodeId { get; set; } = "";
    public DateTimeOffset ConnectedAt { get; set; }
}
