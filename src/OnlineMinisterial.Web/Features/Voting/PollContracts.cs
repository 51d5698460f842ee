using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Voting;

// The wire shapes of polls (hub and REST). They are the contract documented in docs/hub-voting.md: add fields,
// never rename them. A secret poll fills none of them with a delegation's choice.

/// <summary>
/// A poll as the caller may see it. <see cref="RunningTally"/> is the secretariat's alone, and only for a recorded
/// poll while open; <see cref="Result"/> is everyone's once published, the secretariat's from close.
/// </summary>
public sealed record PollView(
    Guid PollId,
    PollSubjectKind SubjectKind,
    Guid SubjectId,
    string? Question,
    PollMode Mode,
    DecisionRule Rule,
    QuorumView Quorum,
    PollState State,
    bool RollCall,
    DateTimeOffset CreatedAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? CancelledAt,
    TurnoutView Turnout,
    IReadOnlyList<Guid> NotYetVoted,
    IReadOnlyList<Guid> RollCallOrder,
    Guid? NextInRollCall,
    TallyView? RunningTally,
    PollResultView? Result,
    int Version,
    YourVoteView? YourVote = null,
    PollWordingView? Wording = null);

/// <summary>
/// What a poll without a question of its own (<c>question</c> null) is worded from, in the reader's language: a
/// declaration's title and version, or an amendment's proposer, kind and paragraph, as they were at its creation.
/// </summary>
public sealed record PollWordingView(string? DeclarationTitle, int? DeclarationVersion, DelegationRefView? Proposer,
    Domain.Declaration.AmendmentKind? AmendmentKind, string? ParagraphLabel)
{
    public static PollWordingView From(PollWording w) => new(w.DeclarationTitle, w.DeclarationVersion,
        w.ProposerCode is { } code ? new DelegationRefView(code, w.ProposerName ?? code) : null, w.AmendmentKind, w.ParagraphLabel);
}

/// <summary>A delegation as the browser names it in its language (by code) or, failing that, by this name.</summary>
public sealed record DelegationRefView(string Code, string Name);

/// <summary>
/// The caller's own delegation's vote, only in what its seat holder reads (never in a broadcast): the receipt of its
/// last cast and the choice that counts (null in a secret poll, as in its receipt).
/// </summary>
public sealed record YourVoteView(Guid PollId, Guid DelegationId, VoteReceipt Receipt, VoteChoice? Choice);

/// <summary>Required: how many voting delegations must be present, once the number of voting delegations is fixed at open.</summary>
public sealed record QuorumView(QuorumKind Kind, decimal Value, int? Required);

public sealed record TurnoutView(int Voted, int Eligible);

public sealed record TallyView(int Yes, int No, int Abstain, int Voted);

/// <summary><see cref="RecordedVotes"/> is always empty for a secret poll.</summary>
public sealed record PollResultView(
    bool Adopted,
    bool QuorumMet,
    int Yes,
    int No,
    int Abstain,
    int Eligible,
    int Present,
    int Voted,
    string Reason,
    IReadOnlyList<RecordedVoteView> RecordedVotes,
    string? ReasonCode = null,
    int? Required = null);

public sealed record RecordedVoteView(Guid DelegationId, VoteChoice Choice);

public sealed record PollSnapshot(DateTimeOffset ServerTime, PollView Poll);

public sealed record PollsSnapshot(DateTimeOffset ServerTime, IReadOnlyList<PollView> Polls);

/// <summary>
/// Proof that a cast was committed. A retry with the same idempotency key returns an equal receipt. For a secret poll
/// <see cref="Choice"/> is null: a receipt that showed the choice would let a voter be made to prove their vote.
/// </summary>
public sealed record VoteReceipt(Guid ReceiptId, Guid PollId, Guid DelegationId, int Sequence, DateTimeOffset CastAt, VoteChoice? Choice)
{
    internal static VoteReceipt From(CastReceipt r) => new(r.ReceiptId, r.PollId, r.DelegationId, r.Sequence, r.CastAt, r.Choice);
}

/// <summary>
/// Sent after counted casts: the turnout and the delegations that voted (public: the list of who has not voted is the
/// snapshot's less these), never a choice. The tally only to the secretariat. Casts committed while the previous
/// event of the poll was still going out travel together (ADR 0060): one event covers versions
/// <see cref="FromVersion"/>..<see cref="Version"/>, its numbers are those at <see cref="Version"/>, and
/// <see cref="DelegationIds"/> names every delegation that voted in between; a cast alone is FromVersion = Version.
/// </summary>
public sealed record VoteCast(Guid PollId, int FromVersion, int Version, TurnoutView Turnout, IReadOnlyList<Guid> DelegationIds,
    Guid? NextInRollCall, TallyView? RunningTally);

/// <summary>
/// What the secretariat creates. <see cref="Question"/> may be left empty for a standard wording; the deadline and the
/// roll call take effect when the poll opens. <see cref="Quorum"/> defaults to a majority of the voting delegations.
/// </summary>
public sealed record CreatePollRequest(
    PollSubjectKind SubjectKind,
    Guid SubjectId,
    string? Question,
    PollMode Mode,
    DecisionRule Rule,
    QuorumSpec? Quorum,
    DateTimeOffset? Deadline,
    bool RollCall);

/// <summary>Value is the count for <see cref="QuorumKind.Count"/> and the fraction (0 to 1] for <see cref="QuorumKind.Fraction"/>.</summary>
public sealed record QuorumSpec(QuorumKind Kind, decimal Value);
