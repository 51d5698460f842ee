using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

/// <summary>The quorum at its threshold: exactly enough present makes it, one fewer does not.</summary>
public class QuorumTests
{
    [Theory]
    [InlineData(10, 6)]
    [InlineData(9, 5)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    public void AMajorityOfEligible_NeedsMoreThanHalf(int eligible, int required)
    {
        Assert.Equal(required, Quorum.Majority.Required(eligible));
        Assert.True(Quorum.Majority.IsMet(required, eligible));
        Assert.False(Quorum.Majority.IsMet(required - 1, eligible));
    }

    [Fact]
    public void ACountQuorum_IsThatNumber_HoweverManyAreEligible()
    {
        var quorum = Quorum.AtLeast(7);
        Assert.Equal((QuorumKind.Count, 7m), (quorum.Kind, quorum.Value));
        Assert.Equal(7, quorum.Required(100));
        Assert.Equal(7, quorum.Required(3));
        Assert.True(quorum.IsMet(7, 100));
        Assert.False(quorum.IsMet(6, 100));
    }

    [Fact]
    public void ACountQuorumOfOne_IsTheSmallest()
    {
        Assert.Equal(1, Quorum.AtLeast(1).Required(52));
        Assert.Equal(VotingErrors.QuorumInvalid, Assert.Throws<DomainException>(() => Quorum.AtLeast(0)).Code);
    }

    [Theory]
    [InlineData(0.5, 10, 5)]
    [InlineData(0.5, 9, 5)]
    [InlineData(0.25, 52, 13)]
    [InlineData(1.0, 52, 52)]
    public void AFractionQuorum_IsRoundedUpToWholeDelegations(double fraction, int eligible, int required)
    {
        var quorum = Quorum.Fraction((decimal)fraction);
        Assert.Equal((QuorumKind.Fraction, (decimal)fraction), (quorum.Kind, quorum.Value));
        Assert.Equal(required, quorum.Required(eligible));
        Assert.True(quorum.IsMet(required, eligible));
        Assert.False(quorum.IsMet(required - 1, eligible));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    public void AFractionOutsideZeroToOne_IsRefused(double fraction)
    {
        Assert.Equal(VotingErrors.QuorumInvalid, Assert.Throws<DomainException>(() => Quorum.Fraction((decimal)fraction)).Code);
    }

    [Fact]
    public void TheDefaultQuorum_IsAMajorityWithoutAValue()
    {
        Assert.Equal((QuorumKind.MajorityOfEligible, 0m), (Quorum.Majority.Kind, Quorum.Majority.Value));
    }

    [Theory]
    [InlineData(DecisionRule.SimpleMajority, 3, 1, 0)]
    [InlineData(DecisionRule.SimpleMajority, 1, 3, 0)]
    [InlineData(DecisionRule.SimpleMajority, 0, 0, 4)]
    [InlineData(DecisionRule.TwoThirds, 3, 1, 0)]
    [InlineData(DecisionRule.TwoThirds, 1, 3, 0)]
    [InlineData(DecisionRule.TwoThirds, 0, 0, 4)]
    [InlineData(DecisionRule.Consensus, 4, 0, 0)]
    [InlineData(DecisionRule.Consensus, 3, 1, 0)]
    public void AResult_WithQuorum_SaysTheQuorumWasMet_WhateverTheOutcome(DecisionRule rule, int yes, int no, int abstain)
    {
        var result = new PollBuilder(new Microsoft.Extensions.Time.Testing.FakeTimeProvider()).Rule(rule).Eligible(4).Decide(yes, no, abstain);
        Assert.True(result.QuorumMet);
    }
}
