namespace OnlineMinisterial.Domain.Voting;

public enum DecisionRule
{
    /// <summary>More in favour than against among those present and voting; abstentions do not count.</summary>
    SimpleMajority,

    /// <summary>At least two thirds of those present and voting (yes + no) in favour.</summary>
    TwoThirds,

    /// <summary>Adopted unless a voting delegation objects; a No is an objection.</summary>
    Consensus,
}
