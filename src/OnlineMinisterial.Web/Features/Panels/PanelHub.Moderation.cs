using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// What the panel's moderator (its chair) or the secretariat does. Anyone else gets <c>auth.not_moderator</c> and
/// nothing changes. The commands name what they act on, so a repeat is harmless and needs no expected version.
/// </summary>
public sealed partial class PanelHub
{
    public Task<BoardView> SetPreModeration(Guid sessionId, bool on) =>
        panels.SetPreModerationAsync(Context.User!, sessionId, on, Context.ConnectionAborted);

    public Task<BoardView> Approve(Guid sessionId, Guid questionId) =>
        panels.ApproveAsync(Context.User!, sessionId, questionId, Context.ConnectionAborted);

    public Task<BoardView> Pin(Guid sessionId, Guid questionId) =>
        panels.PinAsync(Context.User!, sessionId, questionId, Context.ConnectionAborted);

    public Task<BoardView> Unpin(Guid sessionId) =>
        panels.UnpinAsync(Context.User!, sessionId, Context.ConnectionAborted);

    public Task<BoardView> MarkAnswered(Guid sessionId, Guid questionId) =>
        panels.MarkAnsweredAsync(Context.User!, sessionId, questionId, Context.ConnectionAborted);

    public Task<BoardView> Restore(Guid sessionId, Guid questionId) =>
        panels.RestoreAsync(Context.User!, sessionId, questionId, Context.ConnectionAborted);

    public Task<BoardView> Dismiss(Guid sessionId, Guid questionId) =>
        panels.DismissAsync(Context.User!, sessionId, questionId, Context.ConnectionAborted);

    public Task<StageView> PutOnStage(Guid sessionId, string personId) =>
        panels.PutOnStageAsync(Context.User!, sessionId, personId, Context.ConnectionAborted);

    public Task<StageView> TakeOffStage(Guid sessionId, string personId) =>
        panels.TakeOffStageAsync(Context.User!, sessionId, personId, Context.ConnectionAborted);

    /// <summary>
    /// Gives the floor to a panelist on stage with the panel's time limit. <paramref name="expectedFloorVersion"/> is
    /// the floor's version the moderator's screen showed (from <c>/hubs/floor</c>); the floor's events follow.
    /// </summary>
    public Task<FloorSnapshot> GiveFloorToPanelist(Guid sessionId, string personId, int expectedFloorVersion) =>
        panels.GiveFloorToPanelistAsync(Context.User!, sessionId, personId, expectedFloorVersion, Context.ConnectionAborted);

    public Task<VideoLinkChange> SetVideoUrl(Guid sessionId, string? url) =>
        panels.SetVideoUrlAsync(Context.User!, sessionId, url, Context.ConnectionAborted);
}
