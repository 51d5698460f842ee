namespace OnlineMinisterial.Domain.Voting;

public sealed partial class Poll
{
    /// <summary>How many voting delegations have voted, out of how many: public while the poll is open.</summary>
    public Turnout Turnout => new(_participations.Count, _eligibleDelegationIds.Count);

    /// <summary>The voting delegations that have not voted yet: public, so the chair can call on them.</summary>
    public IReadOnlyList<Guid> NotYetVoted => [.. _eligibleDelegationIds.Where(id => ParticipationOf(id) is null)];

    /// <summary>
    /// The counts so far. Only totals, in both modes; the host shows them to the secretariat alone until the
    /// result is published.
    /// </summary>
    public Tally RunningTally() => Tally.Of(CountedChoices());

    /// <summary>The result once the poll is closed (the secretariat's until it is published); otherwise null.</summary>
    public PollResult? Result => State is PollState.Closed or PollState.Published ? Evaluate() : null;

    /// <summary>Each delegation's counted vote, in the order of those votes; always empty for a secret poll.</summary>
    public IReadOnlyList<RecordedVote> RecordedVotes() =>
        Mode == PollMode.Secret
            ? []
            : [.. LastRecordedCasts().OrderBy(c => c.Sequence).Select(c => new RecordedVote(c.DelegationId, c.Choice!.Value))];

    /// <summary>The read model everyone may see: no running tally, and the result only once published.</summary>
    public PollPublicView ToPublicView() =>
        new(Id, SubjectKind, SubjectId, Question, Mode, Rule, State, Deadline, Turnout, NotYetVoted,
            [.. RollCallOrder.Select(e => e.DelegationId)], State == PollState.Published ? Result : null, Version, Wording);

    private PollResult Evaluate()
    {
        var tally = RunningTally();
        var eligible = _eligibleDelegationIds.Count;
        var present = PresentAtClose ?? 0;
        var decision = DecisionRules.Decide(Rule, tally, Quorum, present, eligible);
        return new PollResult(Id, SubjectKind, SubjectId, Mode, Rule, decision.Adopted, decision.QuorumMet,
            tally.Yes, tally.No, tally.Abstain, eligible, present, tally.Voted, decision.Reason,
            [.. _eligibleDelegationIds], RecordedVotes(), decision.ReasonCode, decision.Required);
    }
}
