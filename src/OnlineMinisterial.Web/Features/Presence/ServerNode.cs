namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>A running app node and its last heartbeat; a node silent for too long is considered gone.</summary>
public sealed class ServerNode
{
    public string NodeId { get; set; } = "";
    public DateTimeOffset LastSeenAt { get; set; }
}
