namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// One connection arriving (with its row to write) or leaving, waiting in this node's presence queue. An arrival is
/// completed once its row is committed, so a connection counts as present by the time its first call is served.
/// </summary>
public sealed record PresenceChange(string ConnectionId, PresenceConnection? Arrival, string DisplayName, long QueuedAt)
{
    public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static PresenceChange Arrived(PresenceConnection row, string displayName, long queuedAt) => new(row.ConnectionId, row, displayName, queuedAt);

    public static PresenceChange Left(string connectionId, long queuedAt) => new(connectionId, null, "", queuedAt);
}
