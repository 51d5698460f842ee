using Microsoft.AspNetCore.Authorization;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// The conference-wide hub: presence in the lobby and the delegations' seats. Method names are the wire contract; keep them stable.
/// </summary>
[Authorize]
public sealed class ConferenceHub(PresenceTracker presence, SeatService seats) : PresenceHub<IConferenceClient>(presence)
{
    public const string Path = "/hubs/conference";

    /// <summary>Who is present now, with the version to apply later <c>PresenceChanged</c> events on.</summary>
    public Task<PresenceSnapshot> GetPresence() => Presence.SnapshotAsync(Context.ConnectionAborted);

    /// <summary>The head of a delegation hands its seat to another member (usually an alternate).</summary>
    public Task<SeatChanged> HandSeat(string toPersonId) => seats.HandSeatAsync(Context.User!, toPersonId, Context.ConnectionAborted);

    /// <summary>A present alternate takes the seat when its holder has dropped out.</summary>
    public Task<SeatChanged> TakeSeat() => seats.TakeSeatAsync(Context.User!, Context.ConnectionAborted);
}
