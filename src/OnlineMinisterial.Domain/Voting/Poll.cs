using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// A vote on an amendment or on the declaration. Draft -> Open -> Closed -> Published, or Cancelled before
/// publication. Split by responsibility: lifecycle, casting, roll call and results live in their own files.
/// </summary>
public sealed partial class Poll
{
    private readonly List<Guid> _eligibleDelegationIds = [];
    private readonly List<Participation> _participations = [];
    private readonly List<CastEntry> _casts = [];
    private readonly List<SecretBallot> _secretBallots = [];
    private readonly List<RollCallEntry> _rollCall = [];

    private Poll() { }

    public Guid Id { get; private set; }
    public Guid ConferenceId { get; private set; }
    public PollSubjectKind SubjectKind { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>The question as the secretariat typed it; null when it is worded from <see cref="Wording"/> in each language.</summary>
    public string? Question { get; private set; }

    public PollWording Wording { get; private set; } = PollWording.None;

    /// <summary>The poll in a few words, in no particular language: its own question or its subject.</summary>
    public string Label => Question ?? Wording.Subject;
    public PollMode Mode { get; private set; }
    public DecisionRule Rule { get; private set; }
    public Quorum Quorum { get; private set; } = Quorum.Majority;
    public PollState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }

    /// <summary>When the scheduler closes the poll, if set; casting stops at this instant.</summary>
    public DateTimeOffset? Deadline { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public int? PresentAtOpen { get; private set; }
    public int? PresentAtClose { get; private set; }
    public int Version { get; private set; }

    /// <summary>The voting delegations fixed when the poll opened; nobody else may cast.</summary>
    public IReadOnlyList<Guid> EligibleDelegationIds => _eligibleDelegationIds;

    /// <summary>Who voted and when, in both modes; never what they chose.</summary>
    public IReadOnlyList<Participation> Participations => _participations;

    /// <summary>Every cast in order, for the audit. A secret poll logs no choice here.</summary>
    public IReadOnlyList<CastEntry> Casts => _casts;

    /// <summary>Secret polls only: what was chosen, with no delegation, time or order.</summary>
    public IReadOnlyList<SecretBallot> SecretBallots => _secretBallots;

    /// <summary>
    /// A draft poll. <paramref name="question"/> may be left empty when <paramref name="wording"/> can word it (the
    /// question is then built in each reader's language); a question given is kept as typed.
    /// </summary>
    public static Poll Create(Guid id, Guid conferenceId, PollSubjectKind subjectKind, Guid subjectId, string? question,
        PollMode mode, DecisionRule rule, DateTimeOffset now, Quorum? quorum = null, PollWording? wording = null)
    {
        wording ??= PollWording.None;
        var own = string.IsNullOrWhiteSpace(question) ? null : question.Trim();
        Guard.That(own is not null || wording.IsComplete, ErrorCodes.TextRequired, "A poll needs a question.");
        if (own is not null) TextLimits.Check(own, TextLimits.PollQuestion, "question");
        Guard.That(Enum.IsDefined(subjectKind) && Enum.IsDefined(mode) && Enum.IsDefined(rule), ErrorCodes.InvalidArgument,
            "Unknown subject kind, mode or decision rule.");
        return new Poll
        {
            Id = id, ConferenceId = conferenceId, SubjectKind = subjectKind, SubjectId = subjectId,
            Question = own, Wording = wording, Mode = mode, Rule = rule, Quorum = quorum ?? Quorum.Majority,
            State = PollState.Draft, CreatedAt = now,
        };
    }

    private bool IsEligible(Guid delegationId) => _eligibleDelegationIds.Contains(delegationId);

    private Participation? ParticipationOf(Guid delegationId) =>
        _participations.FirstOrDefault(p => p.DelegationId == delegationId);
}
