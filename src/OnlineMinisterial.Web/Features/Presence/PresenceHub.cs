using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// Base of the hubs that count presence: a connection to any of them counts as presence (ADR 0002). A delegate who has
/// only the session room or the ballot open is in the meeting, and quorum is counted from presence.
/// </summary>
public abstract class PresenceHub<TClient>(PresenceTracker presence) : AppHub<TClient> where TClient : class
{
    protected PresenceTracker Presence { get; } = presence;

    public override async Task OnConnectedAsync()
    {
        await Presence.ConnectedAsync(Context.ConnectionId, Context.User!, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await Presence.DisconnectedAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
