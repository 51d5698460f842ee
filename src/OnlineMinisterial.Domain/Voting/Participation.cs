namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// That a delegation voted, and when: public in both modes (turnout, who has not voted yet).
/// It never says what the delegation chose.
/// </summary>
public sealed class Participation
{
    private Participation() { }

    public Guid DelegationId { get; private set; }
    public DateTimeOffset FirstCastAt { get; private set; }
    public DateTimeOffset LastCastAt { get; private set; }

    /// <summary>
    /// Secret polls only, and only while the poll is open: which <see cref="SecretBallot"/> is this delegation's
    /// current one, so that a change of vote replaces it. Cleared at close or cancel, after which nothing links a
    /// delegation to a choice. Internal so no read model can pick it up by accident; map it by name.
    /// </summary>
    internal Guid? SecretBallotId { get; private set; }

    internal static Participation Start(Guid delegationId, DateTimeOffset now) =>
        new() { DelegationId = delegationId, FirstCastAt = now, LastCastAt = now };

    internal void Recast(DateTimeOffset now) => LastCastAt = now;

    internal void LinkSecretBallot(Guid ballotId) => SecretBallotId = ballotId;

    internal void ForgetSecretBallot() => SecretBallotId = null;
}
