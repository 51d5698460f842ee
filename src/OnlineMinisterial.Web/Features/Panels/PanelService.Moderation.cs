using System.Security.Claims;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// What the moderator (or the secretariat) does with the questions. Each returns the moderator's view of the board;
/// a command that changes nothing (pinning the pinned question) succeeds without a new version.
/// </summary>
public sealed partial class PanelService
{
    public Task<BoardView> SetPreModerationAsync(ClaimsPrincipal user, Guid sessionId, bool on, CancellationToken ct = default) =>
        ModerateBoardAsync(user, sessionId, step =>
        {
            step.Board.SetPreModeration(on);
            return new BoardEffect(on ? "question.premoderation_on" : "question.premoderation_off", null);
        }, ct);

    public Task<BoardView> ApproveAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, CancellationToken ct = default) =>
        ModerateBoardAsync(user, sessionId, step =>
            new BoardEffect("question.approved", step.Board.Approve(questionId, step.Now), new { questionId }, Notice.Approved), ct);

    public Task<BoardView> PinAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, CancellationToken ct = default) =>
        ModerateBoardAsync(user, sessionId, step =>
            new BoardEffect("question.pinned", step.Board.Pin(questionId), new { questionId }), ct);

    public Task<BoardView> UnpinAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct = default) =>
        ModerateBoardAsync(user, sessionId, step =>
        {
            var pinned = step.Board.Pinned;
            step.Board.Unpin();
            return new BoardEffect("question.unpinned", pinned, new { questionId = pinned?.Id });
        }, ct);

    public Task<BoardView> MarkAnsweredAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, CancellationToken ct = default) =>
        ModerateBoardAsync(user, sessionId, step =>
            new BoardEffect("question.answered", step.Board.MarkAnswered(questionId, step.Now), new { questionId }), ct);

    public Task<BoardView> RestoreAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, CancellationToken ct = default) =>
        ModerateBoardAsync(user, sessionId, step =>
            new BoardEffect("question.restored", step.Board.Restore(questionId), new { questionId }), ct);

    /// <summary>Takes a question off the board; its author is told (<c>YourQuestionDismissed</c>).</summary>
    public Task<BoardView> DismissAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, CancellationToken ct = default) =>
        ModerateBoardAsync(user, sessionId, step =>
            new BoardEffect("question.dismissed", step.Board.Dismiss(questionId, step.Now), new { questionId }, Notice.Dismissed), ct);
}
