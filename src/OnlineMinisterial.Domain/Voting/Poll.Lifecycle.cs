using System.Security.Cryptography;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Voting;

public sealed partial class Poll
{
    /// <summary>
    /// Opens the poll to the given voting delegations. Quorum is checked here against the voting delegations the
    /// host counts as present; without it the poll stays a draft.
    /// </summary>
    public void Open(IEnumerable<Guid> eligibleDelegationIds, int presentVotingDelegations, DateTimeOffset now, DateTimeOffset? deadline = null)
    {
        Guard.That(State == PollState.Draft, VotingErrors.TransitionInvalid, $"A {State} poll cannot be opened.");
        var eligible = eligibleDelegationIds.Distinct().ToList();
        Guard.That(eligible.Count > 0, ErrorCodes.InvalidArgument, "A poll needs at least one voting delegation.");
        GuardPresent(presentVotingDelegations, eligible.Count);
        Guard.That(deadline is null || deadline > now, VotingErrors.DeadlinePast, "The deadline must be in the future.");
        var required = Quorum.Required(eligible.Count);
        Guard.That(presentVotingDelegations >= required, VotingErrors.NoQuorum,
            $"No quorum: {presentVotingDelegations} of {eligible.Count} voting delegations present, {required} required.");

        _eligibleDelegationIds.AddRange(eligible);
        PresentAtOpen = presentVotingDelegations;
        OpenedAt = now;
        Deadline = deadline;
        State = PollState.Open;
        Version++;
    }

    /// <summary>
    /// Closes the poll. Quorum is checked again in the result, not here: a poll without quorum at close still closes,
    /// and its result says it was not adopted for that reason.
    /// </summary>
    public void Close(int presentVotingDelegations, DateTimeOffset now)
    {
        Guard.That(State == PollState.Open, VotingErrors.NotOpen, $"A {State} poll cannot be closed.");
        GuardPresent(presentVotingDelegations, _eligibleDelegationIds.Count);
        // A delegation that voted was present, even if it has since dropped off the call.
        PresentAtClose = Math.Max(presentVotingDelegations, _participations.Count);
        ClosedAt = now;
        State = PollState.Closed;
        ForgetSecretLinks();
        Version++;
    }

    /// <summary>
    /// For the scheduler: closes the poll at its deadline. Returns false and changes nothing when there is nothing to
    /// close (not open, or no deadline), so a repeated or late job is harmless. A call before the deadline is refused,
    /// so a job fired early by clock skew fails and is retried instead of closing the poll early.
    /// </summary>
    public bool CloseAtDeadline(int presentVotingDelegations, DateTimeOffset now)
    {
        if (State != PollState.Open || Deadline is null) return false;
        Guard.That(now >= Deadline, VotingErrors.DeadlineNotReached, $"The poll closes at {Deadline:O}, not before.");
        Close(presentVotingDelegations, now);
        return true;
    }

    public void Publish(DateTimeOffset now)
    {
        Guard.That(State == PollState.Closed, VotingErrors.TransitionInvalid, $"A {State} poll cannot be published; close it first.");
        PublishedAt = now;
        State = PollState.Published;
        Version++;
    }

    public void Cancel(DateTimeOffset now)
    {
        Guard.That(State is PollState.Draft or PollState.Open or PollState.Closed, VotingErrors.TransitionInvalid,
            $"A {State} poll cannot be cancelled.");
        CancelledAt = now;
        State = PollState.Cancelled;
        ForgetSecretLinks();
        Version++;
    }

    // The only link between a delegation and its secret choice exists while votes can still change; it is
    // destroyed as soon as they cannot.
    private void ForgetSecretLinks()
    {
        foreach (var participation in _participations) participation.ForgetSecretBallot();
        ReissueSecretBallots();
    }

    // Storage keeps traces of when a row was written: SQLite's implicit rowid grows with each insert, and a
    // PostgreSQL row carries the id of the transaction that wrote it, which is also on that cast's log rows. Each
    // ballot was written by its cast, so those traces would still tie it to a delegation after close. Replacing
    // every ballot with a fresh one, written together at close in a random order, leaves nothing to order them by.
    private void ReissueSecretBallots()
    {
        var choices = _secretBallots.Select(b => b.Choice).ToList();
        _secretBallots.Clear();
        foreach (var choice in choices)
            _secretBallots.Insert(RandomNumberGenerator.GetInt32(_secretBallots.Count + 1), SecretBallot.Of(choice));
    }

    private static void GuardPresent(int present, int eligible) =>
        Guard.That(present >= 0 && present <= eligible, ErrorCodes.InvalidArgument,
            $"Present voting delegations must be between 0 and {eligible}.");
}
