using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

/// <summary>Every outcome says why as a code, with the number it needed where there is one: readers word it in their language.</summary>
public class DecisionReasonCodeTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DecisionRule.SimpleMajority, 0, 0, 3, ReasonCodes.NoVotes, null)]
    [InlineData(DecisionRule.SimpleMajority, 5, 2, 0, ReasonCodes.Majority, null)]
    [InlineData(DecisionRule.SimpleMajority, 4, 4, 1, ReasonCodes.Tie, null)]
    [InlineData(DecisionRule.SimpleMajority, 2, 5, 0, ReasonCodes.NoMajority, null)]
    [InlineData(DecisionRule.TwoThirds, 0, 0, 2, ReasonCodes.NoVotes, null)]
    [InlineData(DecisionRule.TwoThirds, 8, 4, 0, ReasonCodes.TwoThirds, 8)]
    [InlineData(DecisionRule.TwoThirds, 7, 4, 0, ReasonCodes.TwoThirdsNotReached, 8)]
    [InlineData(DecisionRule.Consensus, 9, 0, 1, ReasonCodes.Consensus, null)]
    [InlineData(DecisionRule.Consensus, 9, 1, 0, ReasonCodes.Objection, null)]
    public void EachOutcome_HasItsCode(DecisionRule rule, int yes, int no, int abstain, string code, int? required)
    {
        var result = new PollBuilder(_time).Rule(rule).Eligible(20).Decide(yes, no, abstain);
        Assert.Equal((code, required), (result.ReasonCode, result.Required));
        Assert.Contains(code, ReasonCodes.All);
    }

    [Fact]
    public void NoQuorum_SaysHowManyWereRequired()
    {
        var result = new PollBuilder(_time).Eligible(10).Decide(yes: 4, presentAtClose: 4);
        Assert.Equal((ReasonCodes.NoQuorum, (int?)6, false), (result.ReasonCode, result.Required, result.QuorumMet));
    }
}
