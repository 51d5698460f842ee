namespace OnlineMinisterial.Domain.Voting;

/// <summary>A delegation's place in a roll call; position 1 is the one drawn by lot.</summary>
public sealed class RollCallEntry
{
    private RollCallEntry() { }

    public int Position { get; private set; }
    public Guid DelegationId { get; private set; }

    /// <summary>The name as it was when the order was drawn, so the order stays explainable later.</summary>
    public string Name { get; private set; } = "";

    internal static RollCallEntry At(int position, RollCallDelegation delegation) =>
        new() { Position = position, DelegationId = delegation.DelegationId, Name = delegation.Name.Trim() };
}
