namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// What was chosen in a secret poll, and nothing else: no delegation, no time, no sequence. The id is random
/// (not time-ordered) and is never given to the voter, so a ballot cannot be traced back by anyone after close,
/// nor shown by the voter to prove how they voted. Persist it without an identity column or timestamps.
/// </summary>
public sealed class SecretBallot
{
    private SecretBallot() { }

    public Guid BallotId { get; private set; }
    public VoteChoice Choice { get; private set; }

    internal static SecretBallot Of(VoteChoice choice) => new() { BallotId = Guid.NewGuid(), Choice = choice };
}
