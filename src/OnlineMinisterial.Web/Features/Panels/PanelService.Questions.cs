using System.Security.Claims;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>What delegates do: ask, upvote, take an upvote back; each grouped with the others arriving for the board.</summary>
public sealed partial class PanelService
{
    /// <summary>
    /// Asks a question. The client chooses <paramref name="questionId"/>: a retry with the same id returns the first
    /// question and never asks twice. <paramref name="addressedToId"/>, when given, must be on the stage.
    /// </summary>
    public Task<QuestionReceipt> SubmitQuestionAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, string? text,
        bool anonymous, string? addressedToId, CancellationToken ct = default) =>
        GroupedAsync(sessionId, (panel, token) => panel.SubmitQuestionNowAsync(user, sessionId, questionId, text, anonymous, addressedToId, token), ct);

    private async Task<QuestionReceipt> SubmitQuestionNowAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, string? text,
        bool anonymous, string? addressedToId, CancellationToken ct)
    {
        var outcome = await RunBoardAsync(user, sessionId, Who.Delegate, async step =>
        {
            Panelist? addressedTo = null;
            if (!string.IsNullOrWhiteSpace(addressedToId))
                addressedTo = (await db.StageForReadAsync(sessionId, ct)).Find(addressedToId);
            var question = step.Board.Submit(questionId, step.Asker!, text, anonymous, step.Now, options.Value.QuestionLimits, addressedTo);
            // The audit keeps the author (it is the secretariat's record) but not the text, which the board keeps.
            return new BoardEffect("question.submitted", question, new { questionId, anonymous, addressedToId = addressedTo?.PersonId });
        }, ct);
        var asked = outcome.Board.Find(questionId);
        return new QuestionReceipt(sessionId, outcome.Board.Version, PanelViews.Question(asked, outcome.Names, forModerator: false));
    }

    public Task<VoteReceipt> UpvoteAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, CancellationToken ct = default) =>
        VoteAsync(user, sessionId, questionId, "question.upvoted", step => step.Board.Upvote(questionId, step.Caller.PersonId, step.Now), ct);

    public Task<VoteReceipt> WithdrawUpvoteAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, CancellationToken ct = default) =>
        VoteAsync(user, sessionId, questionId, "question.upvote_withdrawn", step => step.Board.WithdrawUpvote(questionId, step.Caller.PersonId), ct);

    private Task<VoteReceipt> VoteAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, string action,
        Func<BoardStep, bool> vote, CancellationToken ct) =>
        GroupedAsync(sessionId, (panel, token) => panel.VoteNowAsync(user, sessionId, questionId, action, vote, token), ct);

    private async Task<VoteReceipt> VoteNowAsync(ClaimsPrincipal user, Guid sessionId, Guid questionId, string action,
        Func<BoardStep, bool> vote, CancellationToken ct)
    {
        var outcome = await RunBoardAsync(user, sessionId, Who.Delegate, step =>
        {
            vote(step);
            return new BoardEffect(action, step.Board.Find(questionId), new { questionId });
        }, ct);
        var question = outcome.Board.Find(questionId);
        return new VoteReceipt(sessionId, outcome.Board.Version, questionId, question.VoteCount,
            question.HasVoted(PanelCaller.From(user).PersonId));
    }
}
