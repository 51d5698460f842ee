using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

public class DecisionRuleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    private PollBuilder Build(DecisionRule rule, int eligible = 42) => new PollBuilder(_time).Rule(rule).Eligible(eligible);

    [Fact]
    public void SimpleMajority_MoreYesThanNo_IsAdopted_AbstentionsNotCounted()
    {
        var result = Build(DecisionRule.SimpleMajority).Decide(yes: 34, no: 5, abstain: 3);

        Assert.True(result.Adopted);
        Assert.Equal((34, 5, 3, 42, 42, 42), (result.Yes, result.No, result.Abstain, result.Eligible, result.Present, result.Voted));
        Assert.Equal("Adopted: 34 in favour, 5 against, 3 abstentions; simple majority of those present and voting.", result.Reason);
    }

    [Fact]
    public void SimpleMajority_AbstentionsOutnumberingYes_DoNotBlockAdoption()
    {
        var result = Build(DecisionRule.SimpleMajority).Decide(yes: 3, no: 2, abstain: 30);
        Assert.True(result.Adopted);
    }

    [Fact]
    public void SimpleMajority_Tie_IsNotAdopted()
    {
        var result = Build(DecisionRule.SimpleMajority).Decide(yes: 20, no: 20, abstain: 2);

        Assert.False(result.Adopted);
        Assert.True(result.QuorumMet);
        Assert.Contains("a tie is not a majority", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SimpleMajority_MoreNoThanYes_IsNotAdopted()
    {
        var result = Build(DecisionRule.SimpleMajority).Decide(yes: 10, no: 20, abstain: 1);
        Assert.False(result.Adopted);
        Assert.Equal("Not adopted: 10 in favour, 20 against, 1 abstention; no simple majority of those present and voting.", result.Reason);
    }

    [Theory]
    [InlineData(DecisionRule.SimpleMajority)]
    [InlineData(DecisionRule.TwoThirds)]
    public void AllAbstain_IsNotAdopted_AndSaysWhy(DecisionRule rule)
    {
        var result = Build(rule).Decide(yes: 0, no: 0, abstain: 30);

        Assert.False(result.Adopted);
        Assert.StartsWith("Not adopted: no votes in favour or against (30 abstentions)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoThirds_ExactlyTwoThirds_IsAdopted()
    {
        var result = Build(DecisionRule.TwoThirds).Decide(yes: 20, no: 10, abstain: 5);

        Assert.True(result.Adopted);
        Assert.Equal("Adopted: 20 in favour, 10 against, 5 abstentions; two-thirds majority of those present and voting (20 required).", result.Reason);
    }

    [Fact]
    public void TwoThirds_OneShort_IsNotAdopted()
    {
        var result = Build(DecisionRule.TwoThirds).Decide(yes: 19, no: 10, abstain: 5);

        Assert.False(result.Adopted);
        Assert.Contains("not reached (20 required)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoThirds_AbstentionsDoNotCount()
    {
        var result = Build(DecisionRule.TwoThirds).Decide(yes: 2, no: 1, abstain: 30);
        Assert.True(result.Adopted);
    }

    [Fact]
    public void Consensus_WithoutObjection_IsAdopted_EvenWithAbstentions()
    {
        var result = Build(DecisionRule.Consensus).Decide(yes: 25, no: 0, abstain: 4);

        Assert.True(result.Adopted);
        Assert.Equal("Adopted by consensus: no objection (25 in favour, 4 abstentions).", result.Reason);
    }

    [Fact]
    public void Consensus_OneObjection_IsNotAdopted()
    {
        var result = Build(DecisionRule.Consensus).Decide(yes: 40, no: 1, abstain: 1);

        Assert.False(result.Adopted);
        Assert.Equal("Not adopted: 1 objection; consensus requires that no voting delegation objects.", result.Reason);
    }

    [Fact]
    public void NoQuorumAtClose_IsNotAdopted_WhateverTheVotes()
    {
        var result = Build(DecisionRule.SimpleMajority, eligible: 10).Decide(yes: 4, presentAtClose: 4);

        Assert.False(result.Adopted);
        Assert.False(result.QuorumMet);
        Assert.Equal(4, result.Present);
        Assert.Equal("Not adopted: no quorum; 4 of 10 voting delegations present, 6 required.", result.Reason);
    }

    [Fact]
    public void PresentAtClose_CountsAtLeastThoseWhoVoted()
    {
        var result = Build(DecisionRule.SimpleMajority, eligible: 10).Decide(yes: 6, presentAtClose: 2);

        Assert.Equal(6, result.Present);
        Assert.True(result.QuorumMet);
        Assert.True(result.Adopted);
    }

    [Theory]
    [InlineData(10, 6, true)]
    [InlineData(10, 5, false)]
    [InlineData(9, 5, true)]
    [InlineData(9, 4, false)]
    public void DefaultQuorum_IsMoreThanHalfOfVotingDelegations(int eligible, int present, bool met) =>
        Assert.Equal(met, Quorum.Majority.IsMet(present, eligible));

    [Fact]
    public void QuorumAsCountOrFraction_IsConfigurable()
    {
        Assert.True(Quorum.AtLeast(3).IsMet(3, 100));
        Assert.False(Quorum.AtLeast(3).IsMet(2, 100));
        Assert.Equal(34, Quorum.Fraction(1m / 3).Required(100));
        Assert.Equal(VotingErrors.QuorumInvalid, Assert.Throws<DomainException>(() => Quorum.Fraction(1.5m)).Code);
    }
}
