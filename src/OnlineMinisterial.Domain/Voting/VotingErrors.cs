namespace OnlineMinisterial.Domain.Voting;

/// <summary>Stable codes for polls. Clients switch on them, so they are never renamed.</summary>
public static class VotingErrors
{
    public const string PollNotFound = "poll.not_found";
    public const string NotOpen = "poll.not_open";
    public const string NotEligible = "poll.not_eligible";
    public const string NoQuorum = "poll.no_quorum";
    public const string TransitionInvalid = "poll.transition_invalid";
    public const string DeadlinePassed = "poll.deadline_passed";
    public const string DeadlineNotReached = "poll.deadline_not_reached";
    public const string DeadlinePast = "poll.deadline_in_past";
    public const string QuorumInvalid = "poll.quorum_invalid";
    public const string RollCallRequiresRecorded = "poll.roll_call_requires_recorded";
    public const string RollCallInvalid = "poll.roll_call_invalid";

    /// <summary>Checked by the host: results are exported only once published.</summary>
    public const string NotPublished = "poll.not_published";
}
