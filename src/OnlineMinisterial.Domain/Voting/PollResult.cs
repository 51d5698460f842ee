namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// The outcome of a closed poll: adopted or not, why (<see cref="Reason"/> in English words, <see cref="ReasonCode"/>
/// and <see cref="Required"/>, the quorum or the votes it needed, for every other language), and the numbers. <see cref="RecordedVotes"/> is empty for a
/// secret poll, so a result can be published as it is in either mode.
/// </summary>
public sealed record PollResult(
    Guid PollId,
    PollSubjectKind SubjectKind,
    Guid SubjectId,
    PollMode Mode,
    DecisionRule Rule,
    bool Adopted,
    bool QuorumMet,
    int Yes,
    int No,
    int Abstain,
    int Eligible,
    int Present,
    int Voted,
    string Reason,
    IReadOnlyList<Guid> EligibleDelegationIds,
    IReadOnlyList<RecordedVote> RecordedVotes,
    string ReasonCode = "",
    int? Required = null);
