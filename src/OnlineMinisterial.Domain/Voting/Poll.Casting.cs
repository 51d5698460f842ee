using System.Security.Cryptography;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Voting;

// Secret ballots: who voted is stored apart from what they chose.
// - Participation holds the delegation and the times, CastEntry the audit log without the choice, and SecretBallot
//   the choice alone under a random id, with no time or sequence, inserted at a random place in its list.
// - A change of vote must replace the delegation's previous secret choice, so while the poll is open
//   Participation.SecretBallotId points at its current ballot. That is the only link, it is internal, and it is
//   cleared at close (and cancel). After that nothing, in memory or in storage, ties a delegation to a choice.
// - We preferred this to a salted per-delegation hash on the ballot: both keep a link while open, but a pointer
//   that is set to null is easier to audit than a salt whose destruction must be trusted.
// - The receipt never carries the ballot id, so a voter cannot prove to anyone how they voted.
public sealed partial class Poll
{
    /// <summary>
    /// Records a delegation's vote. A delegation may vote again while the poll is open: the last cast counts and
    /// every cast stays in the log. A retry with the same idempotency key returns the first receipt and changes
    /// nothing; the retry's body is not re-examined, because a secret poll could not check it.
    /// </summary>
    public CastReceipt Cast(Guid delegationId, VoteChoice choice, string idempotencyKey, DateTimeOffset now)
    {
        Guard.That(!string.IsNullOrWhiteSpace(idempotencyKey), ErrorCodes.InvalidArgument, "A cast needs an idempotency key.");
        var earlier = _casts.FirstOrDefault(c => c.DelegationId == delegationId && c.IdempotencyKey == idempotencyKey);
        if (earlier is not null) return earlier.ToReceipt(Id);

        Guard.That(State == PollState.Open, VotingErrors.NotOpen, $"The poll is {State}; votes are cast only while it is open.");
        Guard.That(IsEligible(delegationId), VotingErrors.NotEligible, "This delegation does not vote in this poll.");
        Guard.That(Deadline is null || now < Deadline, VotingErrors.DeadlinePassed, "The deadline for this poll has passed.");
        Guard.That(Enum.IsDefined(choice), ErrorCodes.InvalidArgument, "Unknown choice.");

        var entry = CastEntry.Record(_casts.Count + 1, delegationId, Mode == PollMode.Secret ? null : choice, idempotencyKey, now);
        _casts.Add(entry);
        var participation = ParticipationOf(delegationId);
        if (participation is null)
        {
            participation = Participation.Start(delegationId, now);
            _participations.Add(participation);
        }
        else
        {
            participation.Recast(now);
        }
        if (Mode == PollMode.Secret) ReplaceSecretBallot(participation, choice);
        Version++;
        return entry.ToReceipt(Id);
    }

    /// <summary>
    /// The delegation's current vote, or null when it has not voted: the receipt of its last cast and, in a recorded
    /// poll, its choice. A secret poll's choice is never given back, not even to the seat holder: shown again on request
    /// it would let a voter be made to prove their vote, which the receipt is built not to allow.
    /// </summary>
    public CurrentVote? CurrentVoteOf(Guid delegationId)
    {
        var last = _casts.Where(c => c.DelegationId == delegationId).MaxBy(c => c.Sequence);
        return last is null ? null : new CurrentVote(last.ToReceipt(Id), last.Choice);
    }

    private void ReplaceSecretBallot(Participation participation, VoteChoice choice)
    {
        if (participation.SecretBallotId is { } previousId)
            _secretBallots.RemoveAll(b => b.BallotId == previousId);
        var ballot = SecretBallot.Of(choice);
        // A random place, so the order of the list does not follow the order of the casts.
        _secretBallots.Insert(RandomNumberGenerator.GetInt32(_secretBallots.Count + 1), ballot);
        participation.LinkSecretBallot(ballot.BallotId);
    }

    /// <summary>The counted choices: each delegation's last cast (recorded) or the current secret ballots (secret).</summary>
    private IEnumerable<VoteChoice> CountedChoices() =>
        Mode == PollMode.Secret
            ? _secretBallots.Select(b => b.Choice)
            : LastRecordedCasts().Select(c => c.Choice!.Value);

    private IEnumerable<CastEntry> LastRecordedCasts() =>
        _casts.GroupBy(c => c.DelegationId).Select(g => g.MaxBy(c => c.Sequence)!);
}
