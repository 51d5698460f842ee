namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The record of proceedings as data: what the JSON says and the page and the PDF show. Every list is in a fixed
/// order and every time comes from the database, so the same data gives the same bytes.
/// </summary>
public sealed record RecordDocument(
    string Format,
    RecordConference Conference,
    RecordSession Session,
    IReadOnlyList<RecordAttendance> Attendance,
    IReadOnlyList<RecordSpeech> Speeches,
    IReadOnlyList<RecordQuestion> Questions,
    IReadOnlyList<RecordPoll> Polls,
    IReadOnlyList<RecordDecision> Decisions,
    IReadOnlyList<RecordStatement> Statements,
    RecordChain AuditChain)
{
    public const string CurrentFormat = "onlineministerial.record.v1";
}

public sealed record RecordConference(string Title, string HostTimeZone);

public sealed record RecordSession(Guid Id, string Title, string Kind, string Chair, DateTimeOffset ScheduledStart, DateTimeOffset ScheduledEnd,
    DateTimeOffset? OpenedAt, DateTimeOffset ClosedAt, bool ClosedAutomatically, IReadOnlyList<RecordInterruption> Interruptions);

public sealed record RecordInterruption(string Kind, DateTimeOffset StartedAt, DateTimeOffset? PlannedResumeAt, DateTimeOffset? EndedAt);

public sealed record RecordDelegation(string Code, string Name);

/// <summary>A delegation present during the session: its first arrival and last departure within the session's time.</summary>
public sealed record RecordAttendance(RecordDelegation Delegation, DateTimeOffset FirstJoin, DateTimeOffset LastLeave);

/// <summary>Kind is Statement, PointOfOrder, RightOfReply or Panelist (a turn on a panel's stage).</summary>
public sealed record RecordSpeech(int Number, RecordDelegation? Delegation, string? Speaker, string Kind, bool OnBehalfOfGroup,
    DateTimeOffset StartedAt, DateTimeOffset EndedAt, int DurationSeconds, int ExtensionSeconds, string? Language = null,
    string? InterpretedInto = null);

/// <summary>A panel question answered; an anonymous one names neither the person nor the delegation.</summary>
public sealed record RecordQuestion(string Text, bool Anonymous, RecordDelegation? Delegation, string? AskedBy, string? AddressedTo,
    DateTimeOffset AnsweredAt, int Upvotes);

public sealed record RecordVote(RecordDelegation Delegation, string Choice);

/// <remarks><see cref="Question"/> is null when the poll's question is worded from <see cref="Wording"/> in the reader's language.</remarks>
public sealed record RecordPoll(Guid Id, string? Question, string Subject, string Mode, string Rule, string Quorum, string State,
    DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, int? Yes, int? No, int? Abstain, int? Eligible, int? Present, int? Voted,
    bool? QuorumMet, bool? Adopted, string? Result, IReadOnlyList<RecordVote> Votes, Voting.PollWordingView? Wording = null);

/// <summary>A decision taken in the session: an amendment accepted or rejected, the declaration adopted.</summary>
public sealed record RecordDecision(DateTimeOffset At, string Subject, string Outcome, string Detail);

public sealed record RecordStatement(RecordDelegation Delegation, string Kind, string Text, DateTimeOffset AttachedAt);

/// <summary>The audit chain's head when the session closed: the closing entry's place and hash.</summary>
public sealed record RecordChain(long Sequence, string Hash);
