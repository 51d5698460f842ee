namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// A delegation's vote as it stands, for its own seat holder only (on any device): the receipt of its last cast and
/// the choice that counts. In a secret poll the choice is known only while the poll is open (the one link is cleared
/// at close), so afterwards it is null and the receipt alone says the delegation voted.
/// </summary>
public sealed record CurrentVote(CastReceipt Receipt, VoteChoice? Choice);
