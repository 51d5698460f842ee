using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

public class PollCastingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Cast_ByDelegationNotVoting_IsRefused()
    {
        var poll = new PollBuilder(_time).Open();
        var ex = Assert.Throws<DomainException>(() => poll.Cast(Guid.NewGuid(), VoteChoice.Yes, "k", _time.GetUtcNow()));
        Assert.Equal(VotingErrors.NotEligible, ex.Code);
        Assert.Empty(poll.Casts);
    }

    [Fact]
    public void Cast_AfterClose_IsRefused()
    {
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        poll.Close(10, _time.GetUtcNow());
        var ex = Assert.Throws<DomainException>(() => poll.Cast(builder.Delegations[0], VoteChoice.Yes, "k", _time.GetUtcNow()));
        Assert.Equal(VotingErrors.NotOpen, ex.Code);
    }

    [Fact]
    public void Cast_BeforeOpen_IsRefused()
    {
        var poll = new PollBuilder(_time).Draft();
        Assert.Equal(VotingErrors.NotOpen, Assert.Throws<DomainException>(() => poll.Cast(Guid.NewGuid(), VoteChoice.Yes, "k", _time.GetUtcNow())).Code);
    }

    [Fact]
    public void Cast_AfterDeadlineButBeforeSchedulerCloses_IsRefused()
    {
        var builder = new PollBuilder(_time).DeadlineIn(TimeSpan.FromMinutes(5));
        var poll = builder.Open();
        _time.Advance(TimeSpan.FromMinutes(5));
        var ex = Assert.Throws<DomainException>(() => poll.Cast(builder.Delegations[0], VoteChoice.Yes, "k", _time.GetUtcNow()));
        Assert.Equal(VotingErrors.DeadlinePassed, ex.Code);
    }

    [Fact]
    public void Cast_Changed_LastCastCounts_AndEveryCastIsKept()
    {
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        var kenya = builder.Delegations[0];

        poll.Cast(kenya, VoteChoice.No, "first", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(30));
        poll.Cast(kenya, VoteChoice.Yes, "second", _time.GetUtcNow());

        Assert.Equal(new Tally(1, 0, 0), poll.RunningTally());
        Assert.Equal([VoteChoice.No, VoteChoice.Yes], poll.Casts.Select(c => c.Choice!.Value));
        Assert.Equal([1, 2], poll.Casts.Select(c => c.Sequence));
        Assert.Equal(new RecordedVote(kenya, VoteChoice.Yes), Assert.Single(poll.RecordedVotes()));
        Assert.Equal(new Turnout(1, 10), poll.Turnout);
    }

    [Fact]
    public void Cast_RetriedWithSameKey_ReturnsSameReceipt_AndChangesNothing()
    {
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        var first = poll.Cast(builder.Delegations[0], VoteChoice.Yes, "reconnect-1", _time.GetUtcNow());
        var version = poll.Version;
        _time.Advance(TimeSpan.FromSeconds(3));

        var retry = poll.Cast(builder.Delegations[0], VoteChoice.Yes, "reconnect-1", _time.GetUtcNow());

        Assert.Equal(first, retry);
        Assert.Equal(version, poll.Version);
        Assert.Single(poll.Casts);
        Assert.Equal(new Tally(1, 0, 0), poll.RunningTally());
    }

    [Fact]
    public void Cast_RetriedAfterClose_StillReturnsTheReceipt()
    {
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        var first = poll.Cast(builder.Delegations[0], VoteChoice.No, "k", _time.GetUtcNow());
        poll.Close(10, _time.GetUtcNow());

        Assert.Equal(first, poll.Cast(builder.Delegations[0], VoteChoice.No, "k", _time.GetUtcNow()));
    }

    [Fact]
    public void Cast_SameKeyFromAnotherDelegation_IsAnotherCast()
    {
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        var a = poll.Cast(builder.Delegations[0], VoteChoice.Yes, "k", _time.GetUtcNow());
        var b = poll.Cast(builder.Delegations[1], VoteChoice.Yes, "k", _time.GetUtcNow());
        Assert.NotEqual(a.ReceiptId, b.ReceiptId);
        Assert.Equal(2, poll.Turnout.Voted);
    }

    [Fact]
    public void Cast_Receipt_NamesThePollDelegationAndChoice()
    {
        var builder = new PollBuilder(_time);
        var poll = builder.Open();
        var receipt = poll.Cast(builder.Delegations[2], VoteChoice.Abstain, "k", _time.GetUtcNow());
        Assert.Equal((poll.Id, builder.Delegations[2], VoteChoice.Abstain, 1, _time.GetUtcNow()),
            (receipt.PollId, receipt.DelegationId, receipt.Choice, receipt.Sequence, receipt.CastAt));
        Assert.Equal(receipt.ReceiptId, poll.Casts[0].ReceiptId);
    }

    [Fact]
    public void WhileOpen_TurnoutAndNotYetVotedArePublic_TallyAndResultAreNot()
    {
        var builder = new PollBuilder(_time).Eligible(4);
        var poll = builder.Open();
        builder.Cast(poll, yes: 1, no: 1);

        var view = poll.ToPublicView();

        Assert.Equal("2 of 4", view.Turnout.ToString());
        Assert.Equal(builder.Delegations.Skip(2), view.NotYetVoted);
        Assert.Null(view.Result);
        Assert.Null(poll.Result);
        Assert.Equal(new Tally(1, 1, 0), poll.RunningTally());
    }

    [Fact]
    public void ClosedButNotPublished_ResultIsKnownToSecretariat_ButNotInPublicView()
    {
        var builder = new PollBuilder(_time).Eligible(4);
        var poll = builder.Open();
        builder.Cast(poll, yes: 3);
        poll.Close(4, _time.GetUtcNow());

        Assert.NotNull(poll.Result);
        Assert.Null(poll.ToPublicView().Result);
        poll.Publish(_time.GetUtcNow());
        Assert.True(poll.ToPublicView().Result!.Adopted);
        Assert.Equal(3, poll.ToPublicView().Result!.RecordedVotes.Count);
    }
}
