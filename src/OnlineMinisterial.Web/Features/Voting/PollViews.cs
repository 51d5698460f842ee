using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>Builds what each audience may see of a poll. The one place that decides who sees a tally or a result.</summary>
internal static class PollViews
{
    /// <summary><paramref name="seatOf"/>: the delegation whose seat the caller holds, whose own vote the view then carries.</summary>
    public static PollView For(Poll poll, PollPlan plan, bool secretariat, Guid? seatOf = null)
    {
        var eligible = poll.EligibleDelegationIds.Count;
        return new PollView(poll.Id, poll.SubjectKind, poll.SubjectId, poll.Question, poll.Mode, poll.Rule,
            new QuorumView(poll.Quorum.Kind, poll.Quorum.Value, eligible > 0 ? poll.Quorum.Required(eligible) : null),
            poll.State, plan.RollCall, poll.CreatedAt, poll.OpenedAt, poll.Deadline ?? plan.Deadline, poll.ClosedAt,
            poll.PublishedAt, poll.CancelledAt, Turnout(poll), poll.NotYetVoted, [.. poll.RollCallOrder.Select(e => e.DelegationId)],
            poll.NextInRollCall, TallyFor(poll, secretariat), ResultFor(poll, secretariat), poll.Version,
            seatOf is { } delegationId ? YourVote(poll, delegationId) : null, PollWordingView.From(poll.Wording));
    }

    public static YourVoteView? YourVote(Poll poll, Guid delegationId) =>
        poll.CurrentVoteOf(delegationId) is { } vote
            ? new YourVoteView(poll.Id, delegationId, VoteReceipt.From(vote.Receipt), vote.Choice)
            : null;

    /// <summary>The event of one counted cast: who voted and the counts; a client takes that delegation off its list of who has not.</summary>
    public static VoteCast VoteCastFor(Poll poll, Guid delegationId, bool secretariat) =>
        new(poll.Id, poll.Version, poll.Version, Turnout(poll), [delegationId], poll.NextInRollCall, TallyFor(poll, secretariat));

    // The running tally of a secret poll is shown to nobody: next to the public list of who has just voted, each
    // change of the tally would tell which way that delegation voted.
    private static TallyView? TallyFor(Poll poll, bool secretariat)
    {
        if (!secretariat || poll.Mode != PollMode.Recorded || poll.State != PollState.Open) return null;
        var tally = poll.RunningTally();
        return new TallyView(tally.Yes, tally.No, tally.Abstain, tally.Voted);
    }

    private static PollResultView? ResultFor(Poll poll, bool secretariat)
    {
        var visible = poll.State == PollState.Published || secretariat && poll.State == PollState.Closed;
        if (!visible || poll.Result is not { } r) return null;
        return new PollResultView(r.Adopted, r.QuorumMet, r.Yes, r.No, r.Abstain, r.Eligible, r.Present, r.Voted, r.Reason,
            [.. r.RecordedVotes.Select(v => new RecordedVoteView(v.DelegationId, v.Choice))], r.ReasonCode, r.Required);
    }

    private static TurnoutView Turnout(Poll poll) => new(poll.Turnout.Voted, poll.Turnout.Eligible);
}
