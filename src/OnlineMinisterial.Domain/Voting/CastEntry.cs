namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// One cast in the audit log. Every cast is kept, including changed votes; the last one of a delegation counts.
/// In a secret poll the choice is not logged here (it goes, unlinked, to <see cref="SecretBallot"/>).
/// </summary>
public sealed class CastEntry
{
    private CastEntry() { }

    public int Sequence { get; private set; }
    public Guid DelegationId { get; private set; }

    /// <summary>The choice for a recorded poll; always null for a secret poll.</summary>
    public VoteChoice? Choice { get; private set; }

    public DateTimeOffset CastAt { get; private set; }

    /// <summary>Chosen by the client per cast, so a retry after a reconnect is recognised and not counted twice.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public Guid ReceiptId { get; private set; }

    internal static CastEntry Record(int sequence, Guid delegationId, VoteChoice? choice, string idempotencyKey, DateTimeOffset now) =>
        new()
        {
            Sequence = sequence, DelegationId = delegationId, Choice = choice, CastAt = now,
            IdempotencyKey = idempotencyKey, ReceiptId = Guid.NewGuid(),
        };

    // Built only from stored fields, so a retry gets a receipt equal to the first one.
    internal CastReceipt ToReceipt(Guid pollId) => new(ReceiptId, pollId, DelegationId, Sequence, CastAt, Choice);
}
