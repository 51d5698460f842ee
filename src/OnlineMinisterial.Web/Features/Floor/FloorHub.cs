using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// The list of speakers, live. Clients join a session's floor, keep its snapshot and apply <c>FloorChanged</c>
/// events by version (docs/hub-floor.md). Method names are the wire contract; keep them stable.
/// </summary>
[Authorize]
public sealed partial class FloorHub(FloorService floor, FloorReader reader) : Hub<IFloorClient>
{
    public const string Path = "/hubs/floor";

    /// <summary>
    /// Starts receiving the session's changes and returns its floor. Everyone may watch; the chair and the
    /// secretariat get the snapshot and events with speaking totals. Call again after every reconnect.
    /// </summary>
    public async Task<FloorSnapshot> JoinSession(Guid sessionId)
    {
        var session = await reader.SessionAsync(sessionId, Context.ConnectionAborted);
        var moderates = FloorCaller.From(Context.User!).Moderates(session);
        // Joined before reading: a change committed in between comes as an event the snapshot already covers
        // (an old version, ignored), never as a gap the client cannot see.
        await Groups.AddToGroupAsync(Context.ConnectionId,
            moderates ? FloorGroups.Moderators(sessionId) : FloorGroups.Public(sessionId), Context.ConnectionAborted);
        return await reader.SnapshotAsync(Context.User!, session, Context.ConnectionAborted);
    }

    public async Task LeaveSession(Guid sessionId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, FloorGroups.Public(sessionId), Context.ConnectionAborted);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, FloorGroups.Moderators(sessionId), Context.ConnectionAborted);
    }

    /// <summary>The session's floor now, for a client that saw a gap in versions.</summary>
    public Task<FloorSnapshot> GetFloor(Guid sessionId) => reader.SnapshotAsync(Context.User!, sessionId, Context.ConnectionAborted);
}
