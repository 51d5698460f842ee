using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

public class PollLifecycleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    private PollBuilder Build() => new(_time);

    [Fact]
    public void Open_WithoutQuorum_IsRefused_AndPollStaysDraft()
    {
        var poll = Build().Draft();
        var delegations = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();

        var ex = Assert.Throws<DomainException>(() => poll.Open(delegations, 5, _time.GetUtcNow()));

        Assert.Equal(VotingErrors.NoQuorum, ex.Code);
        Assert.Equal(ErrorKind.Invalid, ex.Kind);
        Assert.Equal(PollState.Draft, poll.State);
        Assert.Equal(0, poll.Version);
        Assert.Empty(poll.EligibleDelegationIds);
    }

    [Fact]
    public void Open_WithConfiguredQuorumCount_OpensWithFewPresent()
    {
        var poll = Build().Eligible(10).Present(3).Quorum(Quorum.AtLeast(3)).Open();
        Assert.Equal(PollState.Open, poll.State);
        Assert.Equal(3, poll.PresentAtOpen);
    }

    [Fact]
    public void Open_StoresEligibleDelegationsOnce()
    {
        var poll = Build().Draft();
        var a = Guid.NewGuid();
        poll.Open([a, a, Guid.NewGuid()], 2, _time.GetUtcNow());
        Assert.Equal(2, poll.EligibleDelegationIds.Count);
    }

    [Fact]
    public void Open_Twice_IsRefused_AndVersionUnchanged()
    {
        var builder = Build();
        var poll = builder.Open();
        var version = poll.Version;

        var ex = Assert.Throws<DomainException>(() => poll.Open(builder.Delegations, 10, _time.GetUtcNow()));

        Assert.Equal(VotingErrors.TransitionInvalid, ex.Code);
        Assert.Equal(version, poll.Version);
    }

    [Fact]
    public void Open_WithDeadlineInThePast_IsRefused()
    {
        var poll = Build().Draft();
        var now = _time.GetUtcNow();
        Assert.Throws<DomainException>(() => poll.Open([Guid.NewGuid()], 1, now, now.AddMinutes(-1)));
    }

    [Fact]
    public void CloseThenPublish_RecordsTimesAndBumpsVersionEachTime()
    {
        var poll = Build().Open();
        var opened = poll.Version;
        _time.Advance(TimeSpan.FromMinutes(5));
        poll.Close(10, _time.GetUtcNow());
        Assert.Equal(PollState.Closed, poll.State);
        Assert.Equal(_time.GetUtcNow(), poll.ClosedAt);
        poll.Publish(_time.GetUtcNow());
        Assert.Equal(PollState.Published, poll.State);
        Assert.Equal(opened + 2, poll.Version);
    }

    [Fact]
    public void Publish_BeforeClose_IsRefused()
    {
        var poll = Build().Open();
        Assert.Equal(VotingErrors.TransitionInvalid, Assert.Throws<DomainException>(() => poll.Publish(_time.GetUtcNow())).Code);
    }

    [Fact]
    public void Close_WhenNotOpen_IsRefused()
    {
        var poll = Build().Draft();
        Assert.Equal(VotingErrors.NotOpen, Assert.Throws<DomainException>(() => poll.Close(0, _time.GetUtcNow())).Code);
    }

    [Fact]
    public void Cancel_FromDraftOpenOrClosed_Cancels()
    {
        var draft = Build().Draft();
        var open = Build().Open();
        var closed = Build().Open();
        closed.Close(10, _time.GetUtcNow());

        foreach (var poll in new[] { draft, open, closed }) poll.Cancel(_time.GetUtcNow());

        Assert.All(new[] { draft, open, closed }, p => Assert.Equal(PollState.Cancelled, p.State));
        Assert.Null(closed.Result);
    }

    [Fact]
    public void Cancel_Published_IsRefused()
    {
        var poll = Build().Open();
        poll.Close(10, _time.GetUtcNow());
        poll.Publish(_time.GetUtcNow());
        Assert.Equal(VotingErrors.TransitionInvalid, Assert.Throws<DomainException>(() => poll.Cancel(_time.GetUtcNow())).Code);
    }

    [Fact]
    public void CloseAtDeadline_AtTheDeadline_Closes()
    {
        var poll = Build().DeadlineIn(TimeSpan.FromMinutes(10)).Open();
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(poll.CloseAtDeadline(10, _time.GetUtcNow()));
        Assert.Equal(PollState.Closed, poll.State);
    }

    [Fact]
    public void CloseAtDeadline_BeforeTheDeadline_IsRefused_AndPollStaysOpen()
    {
        var poll = Build().DeadlineIn(TimeSpan.FromMinutes(10)).Open();
        _time.Advance(TimeSpan.FromMinutes(9));
        var version = poll.Version;

        var ex = Assert.Throws<DomainException>(() => poll.CloseAtDeadline(10, _time.GetUtcNow()));

        Assert.Equal(VotingErrors.DeadlineNotReached, ex.Code);
        Assert.Equal(PollState.Open, poll.State);
        Assert.Equal(version, poll.Version);
    }

    [Fact]
    public void CloseAtDeadline_WhenAlreadyClosedPublishedOrCancelled_DoesNothing()
    {
        var closed = Build().DeadlineIn(TimeSpan.FromMinutes(10)).Open();
        var published = Build().DeadlineIn(TimeSpan.FromMinutes(10)).Open();
        var cancelled = Build().DeadlineIn(TimeSpan.FromMinutes(10)).Open();
        closed.Close(10, _time.GetUtcNow());
        published.Close(10, _time.GetUtcNow());
        published.Publish(_time.GetUtcNow());
        cancelled.Cancel(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(10));

        foreach (var poll in new[] { closed, published, cancelled })
        {
            var (state, version) = (poll.State, poll.Version);
            Assert.False(poll.CloseAtDeadline(10, _time.GetUtcNow()));
            Assert.Equal((state, version), (poll.State, poll.Version));
        }
    }

    [Fact]
    public void CloseAtDeadline_CalledTwice_ClosesOnce()
    {
        var poll = Build().DeadlineIn(TimeSpan.FromMinutes(1)).Open();
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(poll.CloseAtDeadline(10, _time.GetUtcNow()));
        var version = poll.Version;
        Assert.False(poll.CloseAtDeadline(10, _time.GetUtcNow()));
        Assert.Equal(version, poll.Version);
    }
}
