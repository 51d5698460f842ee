namespace OnlineMinisterial.Domain.Voting;

/// <summary>A voting delegation as the roll call needs it: its name fixes the alphabetical order.</summary>
public sealed record RollCallDelegation(Guid DelegationId, string Name);
