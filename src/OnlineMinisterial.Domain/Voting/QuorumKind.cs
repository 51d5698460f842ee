namespace OnlineMinisterial.Domain.Voting;

public enum QuorumKind
{
    /// <summary>More than half of the voting delegations present (the default).</summary>
    MajorityOfEligible,

    /// <summary>At least a fixed number of voting delegations present.</summary>
    Count,

    /// <summary>At least a fraction of the voting delegations present, rounded up.</summary>
    Fraction,
}
