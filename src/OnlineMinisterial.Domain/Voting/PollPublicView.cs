namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// What everyone may see of a poll: turnout and who has not voted while it is open; the result only once it is
/// published. No running tally, and for a secret poll nothing that links a delegation to a choice.
/// </summary>
public sealed record PollPublicView(
    Guid PollId,
    PollSubjectKind SubjectKind,
    Guid SubjectId,
    string? Question,
    PollMode Mode,
    DecisionRule Rule,
    PollState State,
    DateTimeOffset? Deadline,
    Turnout Turnout,
    IReadOnlyList<Guid> NotYetVoted,
    IReadOnlyList<Guid> RollCallOrder,
    PollResult? Result,
    int Version,
    PollWording? Wording = null);
