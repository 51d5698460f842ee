using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

// The floor's wire shapes (hub and REST); docs/hub-floor.md describes them. Durations are in seconds, times in UTC.

public sealed record DelegationRef(Guid Id, string Code, string Name);

/// <summary>What a delegation asks for: the kind of turn and the language it will speak (see <c>FloorLanguage</c>).</summary>
public sealed record FloorAsk(RequestKind Kind, bool OnBehalfOfGroup, string? Language, string? InterpretedInto);

/// <summary>The language of a request or speech: ISO 639-1, and the official language a non-official one is interpreted into.</summary>
public sealed record SpeechLanguageView(string Spoken, string? InterpretedInto);

/// <summary>Speaking-time limits in seconds; null means that kind is not timed.</summary>
public sealed record FloorLimitsView(int? StatementSeconds, int? GroupStatementSeconds, int? RightOfReplySeconds, int? PointOfOrderSeconds);

/// <summary>
/// The running speech. A client counts down from <see cref="EndsAt"/> on its own clock corrected by the snapshot's
/// server time; while paused it shows <see cref="RemainingAtPauseSeconds"/> frozen. <see cref="AllowedSeconds"/> is this
/// speech's own allowed time (its limit when it began plus every extension), which a progress bar measures against.
/// </summary>
public sealed record CurrentSpeech(Guid SpeechId, Guid RequestId, DelegationRef Delegation, string? PersonName,
    RequestKind Kind, bool OnBehalfOfGroup, DateTimeOffset StartedAt, DateTimeOffset? EndsAt, DateTimeOffset? PausedAt,
    double? RemainingAtPauseSeconds, double? AllowedSeconds, SpeechLanguageView? Language = null);

/// <summary>A waiting request; <see cref="Position"/> is its 1-based place in the whole waiting list.</summary>
public sealed record WaitingRequest(Guid RequestId, DelegationRef Delegation, RequestKind Kind, bool OnBehalfOfGroup,
    DateTimeOffset RequestedAt, int Position, SpeechLanguageView? Language = null);

/// <summary>One speech of the record; <see cref="EndedAt"/> and <see cref="DurationSeconds"/> are null while it runs.</summary>
public sealed record SpeechRecord(Guid SpeechId, Guid RequestId, DelegationRef Delegation, string? PersonName,
    RequestKind Kind, bool OnBehalfOfGroup, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, double? DurationSeconds,
    SpeechLanguageView? Language = null);

public sealed record DelegationSpeakingTotal(DelegationRef Delegation, double SpokenSeconds, int Count);

/// <summary>
/// The whole floor of a session at <see cref="Version"/>. <see cref="Totals"/> is only filled for the session's
/// chair and the secretariat; everyone else gets null. <see cref="InscriptionOpen"/>: delegations may inscribe
/// before the session opens.
/// </summary>
public sealed record FloorSnapshot(Guid SessionId, int Version, DateTimeOffset ServerTime, bool IsClosed,
    FloorLimitsView Limits, CurrentSpeech? Current, IReadOnlyList<WaitingRequest> Waiting, IReadOnlyList<WaitingRequest> Next,
    IReadOnlyList<SpeechRecord> Speeches, IReadOnlyList<DelegationSpeakingTotal>? Totals, bool InscriptionOpen);

/// <summary>
/// The one floor event: what changed (the audit action, e.g. <c>floor.given</c>) and the floor after it. Carrying the
/// whole snapshot means a client that missed versions can still take this one; one that applies only the next
/// version and refetches on a gap works as well.
/// </summary>
public sealed record FloorChange(Guid SessionId, int Version, string Change, FloorSnapshot Floor);

/// <summary>The answer to a delegation's request or withdrawal: the request as it stands now, and the list's version.</summary>
public sealed record FloorReceipt(Guid SessionId, Guid RequestId, RequestKind Kind, RequestState State, int? Position, int Version);
