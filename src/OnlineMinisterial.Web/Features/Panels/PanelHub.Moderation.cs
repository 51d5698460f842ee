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

    public Task<VideoLinkChange> SetVideoUrl(Guid sessionId, string? url) =>
        panels.SetVideoUrlAsync(Context.User!, sessionId, url, Context.ConnectionAborted);
}
