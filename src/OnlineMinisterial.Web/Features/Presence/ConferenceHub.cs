using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// The conference-wide hub: presence in the lobby and the delegations' seats. Method names are the wire contract; keep them stable.
/// </summary>
[Authorize]
public sealed class ConferenceHub(PresenceTracker presence, SeatService seats) : Hub<IConferenceClient>
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

    /// <summary>The head of a delegation hands its seat to another member (usually an alternate).</summary>
    public Task<SeatChanged> HandSeat(string toPersonId) => seats.HandSeatAsync(Context.User!, toPersonId, Context.ConnectionAborted);

    /// <summary>A present alternate takes the seat when its holder has dropped out.</summary>
    public Task<SeatChanged> TakeSeat() => seats.TakeSeatAsync(Context.User!, Context.ConnectionAborted);
}
