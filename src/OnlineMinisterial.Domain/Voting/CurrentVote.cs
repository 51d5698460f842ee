namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// A delegation's vote as it stands, for its own seat holder only (on any device): the receipt of its last cast and
/// the choice that counts. In a secret poll the choice is null: the receipt alone says the delegation voted.
/// </summary>
public sealed record CurrentVote(CastReceipt Receipt, VoteChoice? Choice);
