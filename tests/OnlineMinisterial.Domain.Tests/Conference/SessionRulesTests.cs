using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

/// <summary>The edges of the session rules: exact boundaries, one version per change, and order of interruptions.</summary>
public class SessionRulesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _time.GetUtcNow();

    private Session Scheduled() =>
        Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), "Statements", SessionKind.Plenary, "chair", Now.AddMinutes(30), Now.AddMinutes(90), 1);

    private Session Live()
    {
        var s = Scheduled();
        s.Open(Now);
        return s;
    }

    [Theory]
    [InlineData("", "chair", ErrorCodes.TextRequired)]
    [InlineData("  ", "chair", ErrorCodes.TextRequired)]
    [InlineData("Statements", "", ErrorCodes.InvalidArgument)]
    [InlineData("Statements", "  ", ErrorCodes.InvalidArgument)]
    public void ASessionWithoutTitleOrChair_IsRefused_WhenScheduledOrEdited(string title, string chair, string expected)
    {
        Assert.Equal(expected, Assert.Throws<DomainException>(() =>
            Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), title, SessionKind.Plenary, chair, Now, Now.AddHours(1), 1)).Code);

        var s = Scheduled();
        Assert.Equal(expected, Assert.Throws<DomainException>(() => s.Edit(title, SessionKind.Panel, chair, null)).Code);
        Assert.Equal(("Statements", "chair", 0), (s.Title, s.ChairId, s.Version));
    }

    [Fact]
    public void ASessionEndingTheMomentItStarts_IsRefused_WhenScheduledOrRescheduled()
    {
        Assert.Equal(ConferenceErrors.EndBeforeStart, Assert.Throws<DomainException>(() =>
            Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), "x", SessionKind.Plenary, "chair", Now, Now, 1)).Code);
        var s = Scheduled();
        Assert.Equal(ConferenceErrors.EndBeforeStart, Assert.Throws<DomainException>(() => s.Reschedule(Now, Now)).Code);
    }

    [Fact]
    public void EveryChangeOfState_SpendsExactlyOneVersion()
    {
        var s = Scheduled();
        s.Open(Now);
        Assert.Equal(1, s.Version);
        s.Suspend(Now);
        Assert.Equal(2, s.Version);
        s.Resume(Now);
        Assert.Equal(3, s.Version);
        s.Adjourn(Now, Now.AddMinutes(5));
        Assert.Equal(4, s.Version);
        s.Resume(Now);
        Assert.Equal(5, s.Version);
        s.Close(Now);
        Assert.Equal(6, s.Version);
    }

    [Fact]
    public void EveryAgendaChange_SpendsExactlyOneVersion()
    {
        var s = Scheduled();
        s.Reschedule(Now.AddHours(1), Now.AddHours(2));
        Assert.Equal(1, s.Version);
        s.SetVideoUrl("https://video.example.org/1");
        Assert.Equal(2, s.Version);
        s.Cancel();
        Assert.Equal(3, s.Version);
    }

    [Fact]
    public void AScheduledSession_CannotBeAdjourned()
    {
        var s = Scheduled();
        Assert.Equal(ErrorCodes.SessionTransitionInvalid, Assert.Throws<DomainException>(() => s.Adjourn(Now, Now.AddHours(1))).Code);
        Assert.Equal((SessionState.Scheduled, 0), (s.State, s.Version));
        Assert.Empty(s.Interruptions);
    }

    [Fact]
    public void AnAdjournmentToThisVeryMoment_IsRefused()
    {
        var s = Live();
        Assert.Equal(ConferenceErrors.ResumeInPast, Assert.Throws<DomainException>(() => s.Adjourn(Now, Now)).Code);
        Assert.Equal(SessionState.Live, s.State);
    }

    [Fact]
    public void AnAdjournmentToExactlyThePlannedEnd_MovesTheEnd_ByTheSessionsLength()
    {
        var s = Live();
        var end = s.EndsAt;
        s.Adjourn(Now, end);
        Assert.Equal(end.AddMinutes(60), s.EndsAt);
    }

    [Fact]
    public void AnAdjournmentBeforeThePlannedEnd_KeepsTheEnd()
    {
        var s = Live();
        var end = s.EndsAt;
        s.Adjourn(Now, end.AddMinutes(-1));
        Assert.Equal(end, s.EndsAt);
    }

    [Fact]
    public void Interruptions_ComeInTheOrderTheyHappened()
    {
        var s = Live();
        var first = Now;
        s.Suspend(Now);
        _time.Advance(TimeSpan.FromMinutes(5));
        s.Resume(Now);
        _time.Advance(TimeSpan.FromMinutes(20));
        s.Adjourn(Now, Now.AddMinutes(15));

        Assert.Equal([(first, InterruptionKind.Suspension), (first.AddMinutes(25), InterruptionKind.Adjournment)],
            s.Interruptions.Select(i => (i.StartedAt, i.Kind)));
    }

    [Fact]
    public void AClosedSession_KeepsItsPlaceInTheAgenda()
    {
        var s = Live();
        s.Close(Now);
        Assert.Equal(ConferenceErrors.SessionClosed, Assert.Throws<DomainException>(() => s.MoveTo(3)).Code);
        Assert.Equal(1, s.Ordinal);
    }
}
