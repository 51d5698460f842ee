namespace OnlineMinisterial.Domain.Panels;

/// <summary>
/// A question from the floor. The author is always stored, also when the question is anonymous: anonymity is
/// about what the audience is shown, while the moderator and the secretariat always know who asked.
/// </summary>
public sealed class Question
{
    private readonly List<QuestionVote> _votes = [];

    private Question() { }

    public Guid Id { get; private set; }
    public string AuthorId { get; private set; } = "";
    public Guid AuthorDelegationId { get; private set; }
    public bool Anonymous { get; private set; }

    /// <summary>Plain text, trimmed; never markup. Screens insert it as text.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The panelist the question is put to, when the author chose one.</summary>
    public string? AddressedToId { get; private set; }

    public QuestionState State { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? DismissedAt { get; private set; }

    public IReadOnlyCollection<QuestionVote> Votes => _votes;
    public int VoteCount => _votes.Count;

    /// <summary>What the whole audience may see: open questions and the archive.</summary>
    public bool IsPublic => State is QuestionState.Open or QuestionState.Answered;

    public bool HasVoted(string personId) => _votes.Exists(v => v.PersonId == personId);

    internal static Question Submit(Guid id, Asker asker, string text, bool anonymous, string? addressedToId,
        bool needsApproval, DateTimeOffset now) => new()
        {
            Id = id,
            AuthorId = asker.PersonId,
            AuthorDelegationId = asker.DelegationId,
            Anonymous = anonymous,
            Text = text,
            AddressedToId = addressedToId,
            State = needsApproval ? QuestionState.Pending : QuestionState.Open,
            SubmittedAt = now,
        };

    internal void AddVote(string personId, DateTimeOffset now) => _votes.Add(QuestionVote.Cast(personId, now));

    internal void RemoveVote(string personId) => _votes.RemoveAll(v => v.PersonId == personId);

    internal void Approve(DateTimeOffset now)
    {
        State = QuestionState.Open;
        ApprovedAt = now;
    }

    internal void Answer(DateTimeOffset now)
    {
        State = QuestionState.Answered;
        AnsweredAt = now;
    }

    internal void Restore()
    {
        State = QuestionState.Open;
        AnsweredAt = null;
    }

    internal void Dismiss(DateTimeOffset now)
    {
        State = QuestionState.Dismissed;
        DismissedAt = now;
    }
}
