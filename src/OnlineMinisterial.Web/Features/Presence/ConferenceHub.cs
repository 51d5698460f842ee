using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// The conference-wide hub: presence in the lobby. Method names are the wire contract; keep them stable.
/// </summary>
[Authorize]
public sealed class ConferenceHub(PresenceTracker presence) : Hub<IConferenceClient>
{
    public const string Path = "/hubs/conference";

    public override async Task OnConnectedAsync()
    {
        await presence.ConnectedAsync(Context.ConnectionId, Context.User!, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await presence.DisconnectedAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Who is present now, with the version to apply later <c>PresenceChanged</c> events on.</summary>
    public Task<PresenceSnapshot> GetPresence() => presence.SnapshotAsync(Context.ConnectionAborted);
}
