using Microsoft.AspNetCore.Authorization;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// A live panel: its stage, its questions from the floor and its video link. Clients join a panel, keep its
/// snapshot and apply events by version (docs/hub-panel.md). Method names are the wire contract; keep them stable.
/// Who speaks is the floor's business: the panel page also joins the session on <c>/hubs/floor</c>.
/// </summary>
[Authorize]
public sealed partial class PanelHub(PanelService panels, PanelReader reader, PresenceTracker presence)
    : PresenceHub<IPanelClient>(presence)
{
    public const string Path = "/hubs/panel";

    /// <summary>
    /// Starts receiving the panel's changes and returns its snapshot. Everyone signed in may watch; the moderator and
    /// the secretariat get the moderators' payloads. Call again after every reconnect.
    /// </summary>
    public async Task<PanelSnapshot> JoinPanel(Guid sessionId)
    {
        var session = await reader.SessionAsync(sessionId, Context.ConnectionAborted);
        var group = PanelReader.Moderates(Context.User!, session) ? PanelGroups.Moderators(sessionId) : PanelGroups.Audience(sessionId);
        // Joined before reading: a change committed in between comes as an event the snapshot already covers
        // (an old version, ignored), never as a gap the client cannot see.
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        return await reader.SnapshotAsync(Context.User!, sessionId, Context.ConnectionAborted);
    }

    public async Task LeavePanel(Guid sessionId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, PanelGroups.Audience(sessionId), Context.ConnectionAborted);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, PanelGroups.Moderators(sessionId), Context.ConnectionAborted);
    }

    /// <summary>The panel now, for a client that saw a gap in versions.</summary>
    public Task<PanelSnapshot> GetPanel(Guid sessionId) => reader.SnapshotAsync(Context.User!, sessionId, Context.ConnectionAborted);

    /// <summary>A delegate asks; <paramref name="questionId"/> is chosen by the client so that a retry never asks twice.</summary>
    public Task<QuestionReceipt> SubmitQuestion(Guid sessionId, Guid questionId, string? text, bool anonymous, string? addressedToId) =>
        panels.SubmitQuestionAsync(Context.User!, sessionId, questionId, text, anonymous, addressedToId, Context.ConnectionAborted);

    public Task<VoteReceipt> Upvote(Guid sessionId, Guid questionId) =>
        panels.UpvoteAsync(Context.User!, sessionId, questionId, Context.ConnectionAborted);

    public Task<VoteReceipt> WithdrawUpvote(Guid sessionId, Guid questionId) =>
        panels.WithdrawUpvoteAsync(Context.User!, sessionId, questionId, Context.ConnectionAborted);
}
