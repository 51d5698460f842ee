using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Voting;

/// <summary>How many voting delegations must be present for a poll to open and for its result to stand.</summary>
public sealed record Quorum
{
    private Quorum() { }

    public QuorumKind Kind { get; private init; }

    /// <summary>The count for <see cref="QuorumKind.Count"/>, the fraction for <see cref="QuorumKind.Fraction"/>, else 0.</summary>
    public decimal Value { get; private init; }

    // A fresh instance each time: one shared instance would be one tracked owned entity for many polls.
    public static Quorum Majority => new() { Kind = QuorumKind.MajorityOfEligible };

    public static Quorum AtLeast(int count)
    {
        Guard.That(count >= 1, VotingErrors.QuorumInvalid, "A quorum count must be at least 1.");
        return new Quorum { Kind = QuorumKind.Count, Value = count };
    }

    public static Quorum Fraction(decimal fraction)
    {
        Guard.That(fraction is > 0m and <= 1m, VotingErrors.QuorumInvalid, "A quorum fraction must be above 0 and at most 1.");
        return new Quorum { Kind = QuorumKind.Fraction, Value = fraction };
    }

    /// <summary>The smallest number present that makes a quorum among <paramref name="eligible"/> voting delegations.</summary>
    public int Required(int eligible) => Kind switch
    {
        // "present > eligible / 2" in whole delegations.
        QuorumKind.MajorityOfEligible => eligible / 2 + 1,
        QuorumKind.Count => (int)Value,
        QuorumKind.Fraction => (int)Math.Ceiling(Value * eligible),
        _ => throw new InvalidOperationException($"Unknown quorum kind {Kind}."),
    };

    public bool IsMet(int present, int eligible) => present >= Required(eligible);
}
