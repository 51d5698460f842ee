using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Tests.Voting;

/// <summary>A poll at its edges: the deadline's last millisecond, quorum exactly met, who counts as present.</summary>
public class PollEdgesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _time.GetUtcNow();

    private PollBuilder Build() => new(_time);

    [Fact]
    public void AVoteCast_InTheDeadlinesLastMillisecond_Counts_ButNotAtTheDeadline()
    {
        var builder = Build().DeadlineIn(TimeSpan.FromMinutes(5));
        var poll = builder.Open();
        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        poll.Cast(builder.Delegations[0], VoteChoice.Yes, "k0", Now);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(VotingErrors.DeadlinePassed, Assert.Throws<DomainException>(() => poll.Cast(builder.Delegations[1], VoteChoice.No, "k1", Now)).Code);
        Assert.Equal(new Tally(1, 0, 0), poll.RunningTally());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ACastWithoutAnIdempotencyKey_IsRefused(string key)
    {
        var builder = Build();
        var poll = builder.Open();
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => poll.Cast(builder.Delegations[0], VoteChoice.Yes, key, Now)).Code);
        Assert.Empty(poll.Casts);
    }

    [Fact]
    public void AnUnknownChoice_IsRefused()
    {
        var builder = Build();
        var poll = builder.Open();
        var version = poll.Version;
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => poll.Cast(builder.Delegations[0], (VoteChoice)9, "k", Now)).Code);
        Assert.Equal(version, poll.Version);
    }

    [Fact]
    public void EachCast_SpendsOneVersion_AndAChangeOfVoteKeepsTheFirstTime()
    {
        var builder = Build();
        var poll = builder.Open();
        var first = Now;
        var version = poll.Version;
        poll.Cast(builder.Delegations[0], VoteChoice.No, "a", Now);
        _time.Advance(TimeSpan.FromSeconds(20));
        poll.Cast(builder.Delegations[0], VoteChoice.Yes, "b", Now);

        Assert.Equal(version + 2, poll.Version);
        var participation = Assert.Single(poll.Participations);
        Assert.Equal((first, Now), (participation.FirstCastAt, participation.LastCastAt));
    }

    [Fact]
    public void APollOpens_WithExactlyTheQuorumPresent()
    {
        var poll = Build().Eligible(10).Present(6).Open();
        Assert.Equal((PollState.Open, 6), (poll.State, poll.PresentAtOpen));
    }

    [Fact]
    public void APollWithEveryoneOrNooneCountedPresent_IsAcceptedOrRefusedOnQuorumOnly()
    {
        var everyone = Build().Eligible(4).Present(4).Open();
        Assert.Equal(4, everyone.PresentAtOpen);
        var draft = Build().Draft();
        Assert.Equal(VotingErrors.NoQuorum, Assert.Throws<DomainException>(() => draft.Open([Guid.NewGuid()], 0, Now)).Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void APresentCountOutsideTheVotingDelegations_IsRefused_AtOpenAndAtClose(int present)
    {
        var voters = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var draft = Build().Draft();
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => draft.Open(voters, present, Now)).Code);
        Assert.Equal(PollState.Draft, draft.State);

        var open = Build().Draft();
        open.Open(voters, 2, Now);
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => open.Close(present, Now)).Code);
        Assert.Equal(PollState.Open, open.State);
    }

    [Fact]
    public void APollWithoutVotingDelegations_IsRefused()
    {
        var draft = Build().Draft();
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => draft.Open([], 0, Now)).Code);
    }

    [Fact]
    public void ADeadlineThatIsNow_IsRefused()
    {
        var draft = Build().Draft();
        Assert.Equal(VotingErrors.DeadlinePast, Assert.Throws<DomainException>(() => draft.Open([Guid.NewGuid()], 1, Now, Now)).Code);
        Assert.Equal(PollState.Draft, draft.State);
    }

    [Fact]
    public void Open_KeepsTheTimeAndTheDeadline()
    {
        var poll = Build().DeadlineIn(TimeSpan.FromMinutes(3)).Open();
        Assert.Equal((Now, Now.AddMinutes(3), 1), (poll.OpenedAt, poll.Deadline, poll.Version));
    }

    [Fact]
    public void ADelegationThatVoted_CountsAsPresentAtClose_EvenIfItDroppedOff()
    {
        var builder = Build().Eligible(10);
        var poll = builder.Open();
        builder.Cast(poll, yes: 4, no: 3);
        poll.Close(2, Now);
        Assert.Equal(7, poll.PresentAtClose);

        var another = Build().Eligible(10);
        var second = another.Open();
        another.Cast(second, yes: 2);
        second.Close(9, Now);
        Assert.Equal(9, second.PresentAtClose);
    }

    [Fact]
    public void Cancel_RecordsWhen_InOneVersion()
    {
        var poll = Build().Open();
        var version = poll.Version;
        _time.Advance(TimeSpan.FromMinutes(1));
        poll.Cancel(Now);
        Assert.Equal((PollState.Cancelled, Now, version + 1), (poll.State, poll.CancelledAt, poll.Version));
        Assert.Equal(VotingErrors.TransitionInvalid, Assert.Throws<DomainException>(() => poll.Cancel(Now)).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void APollWithoutAQuestion_IsRefused(string question)
    {
        Assert.Equal(ErrorCodes.TextRequired, Assert.Throws<DomainException>(() =>
            Poll.Create(Guid.NewGuid(), Guid.NewGuid(), PollSubjectKind.Amendment, Guid.NewGuid(), question, PollMode.Recorded, DecisionRule.SimpleMajority, Now)).Code);
    }

    [Theory]
    [InlineData(9, 0, 0)]
    [InlineData(0, 9, 0)]
    [InlineData(0, 0, 9)]
    public void APollWithAnUnknownSubjectModeOrRule_IsRefused(int subject, int mode, int rule)
    {
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() =>
            Poll.Create(Guid.NewGuid(), Guid.NewGuid(), (PollSubjectKind)subject, Guid.NewGuid(), "Adopt?", (PollMode)mode, (DecisionRule)rule, Now)).Code);
    }

    [Fact]
    public void Create_TrimsTheQuestion_AndTakesTheMajorityQuorumByDefault()
    {
        var id = Guid.NewGuid();
        var subject = Guid.NewGuid();
        var poll = Poll.Create(id, Guid.NewGuid(), PollSubjectKind.Declaration, subject, "  Adopt the declaration?  ", PollMode.Secret, DecisionRule.TwoThirds, Now);
        Assert.Equal((id, PollSubjectKind.Declaration, subject, "Adopt the declaration?", PollMode.Secret, DecisionRule.TwoThirds, PollState.Draft, Now),
            (poll.Id, poll.SubjectKind, poll.SubjectId, poll.Question, poll.Mode, poll.Rule, poll.State, poll.CreatedAt));
        Assert.Equal(QuorumKind.MajorityOfEligible, poll.Quorum.Kind);
        Assert.Equal(QuorumKind.Count, Poll.Create(id, Guid.NewGuid(), PollSubjectKind.Declaration, subject, "Adopt?", PollMode.Secret, DecisionRule.TwoThirds, Now, Quorum.AtLeast(2)).Quorum.Kind);
    }
}
