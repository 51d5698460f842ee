using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

public class SecretPollTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Cast_InSecretPoll_LogsWhoButNotWhat()
    {
        var builder = new PollBuilder(_time).Secret();
        var poll = builder.Open();

        var receipt = poll.Cast(builder.Delegations[0], VoteChoice.No, "k", _time.GetUtcNow());

        Assert.Null(receipt.Choice);
        Assert.Null(Assert.Single(poll.Casts).Choice);
        Assert.Equal(builder.Delegations[0], Assert.Single(poll.Participations).DelegationId);
        Assert.Equal(VoteChoice.No, Assert.Single(poll.SecretBallots).Choice);
        Assert.Empty(poll.RecordedVotes());
    }

    [Fact]
    public void ChangeOfVote_InSecretPoll_ReplacesThePreviousSecretChoice()
    {
        var builder = new PollBuilder(_time).Secret();
        var poll = builder.Open();
        builder.Cast(poll, yes: 2, no: 1);

        poll.Cast(builder.Delegations[0], VoteChoice.No, "changed", _time.GetUtcNow());
        poll.Cast(builder.Delegations[0], VoteChoice.Abstain, "changed-again", _time.GetUtcNow());

        Assert.Equal(3, poll.SecretBallots.Count);
        Assert.Equal(new Tally(1, 1, 1), poll.RunningTally());
        Assert.Equal(5, poll.Casts.Count);
    }

    [Fact]
    public void Close_DestroysTheOnlyLinkBetweenDelegationAndBallot()
    {
        var builder = new PollBuilder(_time).Secret();
        var poll = builder.Open();
        builder.Cast(poll, yes: 3, no: 2, abstain: 1);
        Assert.All(poll.Participations, p => Assert.NotNull(p.SecretBallotId));

        poll.Close(10, _time.GetUtcNow());

        Assert.All(poll.Participations, p => Assert.Null(p.SecretBallotId));
        Assert.All(poll.Casts, c => Assert.Null(c.Choice));
        Assert.Equal(new Tally(3, 2, 1), poll.RunningTally());
    }

    [Fact]
    public void Close_ReissuesEveryBallot_SoNoBallotWrittenByACastSurvives()
    {
        var builder = new PollBuilder(_time).Secret();
        var poll = builder.Open();
        builder.Cast(poll, yes: 3, no: 2, abstain: 1);
        var idsWhileOpen = poll.SecretBallots.Select(b => b.BallotId).ToHashSet();

        poll.Close(10, _time.GetUtcNow());

        Assert.Equal(6, poll.SecretBallots.Count);
        Assert.DoesNotContain(poll.SecretBallots, b => idsWhileOpen.Contains(b.BallotId));
        Assert.Equal(new Tally(3, 2, 1), poll.RunningTally());
    }

    [Fact]
    public void Cancel_AlsoDestroysTheLink()
    {
        var builder = new PollBuilder(_time).Secret();
        var poll = builder.Open();
        builder.Cast(poll, yes: 2);
        poll.Cancel(_time.GetUtcNow());
        Assert.All(poll.Participations, p => Assert.Null(p.SecretBallotId));
    }

    [Fact]
    public void PublishedSecretPoll_PublicViewAndResult_CarryNoDelegationToChoiceLink()
    {
        var builder = new PollBuilder(_time).Secret();
        var poll = builder.Open();
        builder.Cast(poll, yes: 6, no: 2, abstain: 1);
        poll.Close(10, _time.GetUtcNow());
        poll.Publish(_time.GetUtcNow());

        var view = poll.ToPublicView();

        Assert.True(view.Result!.Adopted);
        Assert.Equal((6, 2, 1), (view.Result.Yes, view.Result.No, view.Result.Abstain));
        Assert.Empty(view.Result.RecordedVotes);
        Assert.False(LinksDelegationToChoice(JsonSerializer.SerializeToElement(view)));
        Assert.False(LinksDelegationToChoice(JsonSerializer.SerializeToElement(poll.Casts)));
        Assert.False(LinksDelegationToChoice(JsonSerializer.SerializeToElement(poll.Participations)));
    }

    [Fact]
    public void PublishedRecordedPoll_PublicView_DoesLinkDelegationToChoice()
    {
        // The control for the test above: the detector does find a link where there is one.
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        builder.Cast(poll, yes: 6);
        poll.Close(10, _time.GetUtcNow());
        poll.Publish(_time.GetUtcNow());

        Assert.True(LinksDelegationToChoice(JsonSerializer.SerializeToElement(poll.ToPublicView())));
    }

    // True if some JSON object carries both a delegation id and a non-null choice.
    private static bool LinksDelegationToChoice(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object =>
            element.TryGetProperty("DelegationId", out _)
                && element.TryGetProperty("Choice", out var choice) && choice.ValueKind != JsonValueKind.Null
            || element.EnumerateObject().Any(p => LinksDelegationToChoice(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(LinksDelegationToChoice),
        _ => false,
    };
}
