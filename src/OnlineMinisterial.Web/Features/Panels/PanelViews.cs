using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// Turns the stage and the board into what clients see. Pure. The one rule that matters most lives here: an
/// anonymous question's author appears only in moderators' views.
/// </summary>
internal static class PanelViews
{
    public static QuestionView Question(Question q, PanelNames names, bool forModerator)
    {
        var asker = !q.Anonymous || forModerator
            ? new AskerView(q.AuthorId, names.Person(q.AuthorId), names.Delegation(q.AuthorDelegationId))
            : null;
        var addressedTo = q.AddressedToId is { } to ? new PersonRef(to, names.Person(to)) : null;
        return new QuestionView(q.Id, q.Text, q.State, q.VoteCount, q.Anonymous, asker, addressedTo, q.SubmittedAt, q.AnsweredAt);
    }

    /// <summary>The question as the audience may see it; null while it is waiting for approval or once dismissed.</summary>
    public static QuestionView? ForAudience(Question q, PanelNames names) => q.IsPublic ? Question(q, names, forModerator: false) : null;

    public static BoardView Board(QuestionBoard board, PanelNames names, bool forModerator) =>
        new(board.SessionId, board.Version, board.PreModeration, board.PinnedQuestionId,
            board.Questions.Where(q => forModerator || q.IsPublic).Select(q => Question(q, names, forModerator)).ToList());

    public static StageView Stage(PanelStage stage, PanelNames names) =>
        new(stage.SessionId, stage.Version, stage.Panelists
            .Select(p => new PanelistView(p.PersonId, names.Person(p.PersonId), p.Kind,
                p.DelegationId is { } d ? names.Delegation(d) : null, p.SpeakerId, p.OnStageSince))
            .ToList());

    public static QuestionChange Change(QuestionBoard board, string change, Question? question, PanelNames names, bool forModerator) =>
        new(board.SessionId, board.Version, change, question?.Id,
            question is null ? null : forModerator ? Question(question, names, forModerator: true) : ForAudience(question, names),
            board.PinnedQuestionId, board.PreModeration);
}
