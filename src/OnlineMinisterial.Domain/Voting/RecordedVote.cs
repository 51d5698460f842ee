namespace OnlineMinisterial.Domain.Voting;

/// <summary>A delegation's counted vote in a recorded poll. Never produced for a secret poll.</summary>
public sealed record RecordedVote(Guid DelegationId, VoteChoice Choice);
