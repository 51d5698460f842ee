namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// Proof that a cast was recorded. For a secret poll it carries no choice and no ballot id: a receipt that showed
/// the choice would let a voter be made to prove their vote.
/// </summary>
public sealed record CastReceipt(Guid ReceiptId, Guid PollId, Guid DelegationId, int Sequence, DateTimeOffset CastAt, VoteChoice? Choice);
