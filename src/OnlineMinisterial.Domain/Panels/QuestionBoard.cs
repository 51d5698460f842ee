using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Panels;

/// <summary>
/// The questions from the floor of one panel session, with their upvotes, the moderation switch and the pinned
/// question, all under one <see cref="Version"/>. Asking lives in <c>QuestionBoard.Asking.cs</c>, the moderator's
/// actions in <c>QuestionBoard.Moderation.cs</c>.
/// </summary>
public sealed partial class QuestionBoard
{
    private readonly List<Question> _questions = [];

    private QuestionBoard() { }

    public Guid SessionId { get; private set; }

    /// <summary>When on, a new question is seen only by its author and the moderator until approved.</summary>
    public bool PreModeration { get; private set; }

    /// <summary>The question being answered now; at most one, always an open one.</summary>
    public Guid? PinnedQuestionId { get; private set; }

    /// <summary>Optimistic concurrency token: bumped once by every change, never by a refusal or a repeat.</summary>
    public int Version { get; private set; }

    /// <summary>Every question in the order asked, whatever its state.</summary>
    public IReadOnlyList<Question> Questions => _questions.OrderBy(q => q.SubmittedAt).ThenBy(q => q.Id).ToList();

    public Question? Pinned => PinnedQuestionId is { } id ? _questions.Find(q => q.Id == id) : null;

    public static QuestionBoard Create(Guid sessionId, bool preModeration = false) =>
        new() { SessionId = sessionId, PreModeration = preModeration };

    /// <summary>The open questions (pinned one included), as the audience lists them.</summary>
    public IReadOnlyList<Question> Open(QuestionOrder order) => Sort(_questions.Where(q => q.State == QuestionState.Open), order);

    /// <summary>The moderation queue: questions waiting for approval, oldest first.</summary>
    public IReadOnlyList<Question> AwaitingApproval() =>
        _questions.Where(q => q.State == QuestionState.Pending).OrderBy(q => q.SubmittedAt).ThenBy(q => q.Id).ToList();

    /// <summary>Answered questions, the most recently answered first.</summary>
    public IReadOnlyList<Question> Archive() =>
        _questions.Where(q => q.State == QuestionState.Answered).OrderByDescending(q => q.AnsweredAt).ThenBy(q => q.Id).ToList();

    public Question Find(Guid questionId) =>
        _questions.Find(q => q.Id == questionId)
        ?? throw new DomainException(PanelErrors.QuestionNotFound, "There is no such question on this panel.");

    public static IReadOnlyList<Question> Sort(IEnumerable<Question> questions, QuestionOrder order) => order switch
    {
        QuestionOrder.Votes => questions.OrderByDescending(q => q.VoteCount).ThenBy(q => q.SubmittedAt).ThenBy(q => q.Id).ToList(),
        QuestionOrder.Time => questions.OrderByDescending(q => q.SubmittedAt).ThenBy(q => q.Id).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };
}
