using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;

namespace OnlineMinisterial.Domain.Tests.Conference;

/// <summary>Open early, suspend, adjourn, resume and close: what each keeps, and what a closed session refuses.</summary>
public class SessionTransitionsTests
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

    [Fact]
    public void Open_AheadOfItsStart_GoesLiveWithTheActualTime()
    {
        var s = Scheduled();
        s.Open(Now);
        Assert.Equal(SessionState.Live, s.State);
        Assert.Equal(Now, s.OpenedAt);
        Assert.True(s.OpenedAt < s.StartsAt);
    }

    [Fact]
    public void Suspend_ThenResume_KeepsTheSuspensionWithItsTimes()
    {
        var s = Live();
        _time.Advance(TimeSpan.FromMinutes(5));
        var suspendedAt = Now;
        s.Suspend(Now);
        _time.Advance(TimeSpan.FromMinutes(7));
        s.Resume(Now);

        var only = Assert.Single(s.Interruptions);
        Assert.Equal(InterruptionKind.Suspension, only.Kind);
        Assert.Equal(suspendedAt, only.StartedAt);
        Assert.Equal(Now, only.EndedAt);
        Assert.Null(only.PlannedResumeAt);
        Assert.Equal(SessionState.Live, s.State);
    }

    [Fact]
    public void Adjourn_SetsThePlannedResume_AndTheScheduleResumesIt()
    {
        var s = Live();
        var resumeAt = Now.AddHours(2);
        s.Adjourn(Now, resumeAt);

        Assert.Equal(SessionState.Suspended, s.State);
        Assert.Equal(resumeAt, s.ResumesAt);
        Assert.Equal(InterruptionKind.Adjournment, Assert.Single(s.Interruptions).Kind);
        var plan = TransitionPlan.For(s, TimeSpan.Zero, Now);
        var resume = Assert.Single(plan, p => p.Kind == TransitionKind.ResumeSession);
        Assert.Equal(resumeAt, resume.DueAt);
        // Resuming after the planned end would leave no time: the end moves with the adjournment.
        Assert.True(s.EndsAt > resumeAt);
    }

    [Fact]
    public void Adjourn_WhileSuspended_TurnsTheSuspensionIntoTheAdjournment()
    {
        var s = Live();
        var stoppedAt = Now;
        s.Suspend(Now);
        _time.Advance(TimeSpan.FromMinutes(3));
        s.Adjourn(Now, Now.AddMinutes(30));
        var only = Assert.Single(s.Interruptions);
        Assert.Equal(InterruptionKind.Adjournment, only.Kind);
        Assert.Equal(stoppedAt, only.StartedAt);
    }

    [Fact]
    public void Adjourn_ToThePast_IsRefused_AndNothingChanges()
    {
        var s = Live();
        var version = s.Version;
        var error = Assert.Throws<DomainException>(() => s.Adjourn(Now, Now.AddSeconds(-1)));
        Assert.Equal(ConferenceErrors.ResumeInPast, error.Code);
        Assert.Equal(version, s.Version);
        Assert.Empty(s.Interruptions);
    }

    [Fact]
    public void Close_WhileSuspended_EndsTheSuspensionAtTheClose()
    {
        var s = Live();
        s.Suspend(Now);
        _time.Advance(TimeSpan.FromMinutes(4));
        s.Close(Now);
        Assert.Equal(SessionState.Closed, s.State);
        Assert.Equal(Now, Assert.Single(s.Interruptions).EndedAt);
        Assert.False(s.ClosedAutomatically);
    }

    [Fact]
    public void Close_Automatically_SaysSo()
    {
        var s = Live();
        s.Close(Now, automatically: true);
        Assert.True(s.ClosedAutomatically);
    }

    [Fact]
    public void ClosedSession_RefusesEveryTransition_WithSessionClosed()
    {
        var s = Live();
        s.Close(Now);
        var version = s.Version;
        Action[] attempts = [() => s.Open(Now), () => s.Suspend(Now), () => s.Resume(Now), () => s.Adjourn(Now, Now.AddHours(1)), () => s.Close(Now)];
        foreach (var attempt in attempts)
            Assert.Equal(ConferenceErrors.SessionClosed, Assert.Throws<DomainException>(attempt).Code);
        Assert.Equal(version, s.Version);
    }

    [Fact]
    public void Scheduled_CannotBeSuspendedOrClosed()
    {
        var s = Scheduled();
        Assert.Equal(ErrorCodes.SessionTransitionInvalid, Assert.Throws<DomainException>(() => s.Suspend(Now)).Code);
        Assert.Equal(ErrorCodes.SessionTransitionInvalid, Assert.Throws<DomainException>(() => s.Close(Now)).Code);
        Assert.Equal(ErrorCodes.SessionTransitionInvalid, Assert.Throws<DomainException>(() => s.Resume(Now)).Code);
    }

    [Fact]
    public void AutoCloseGrace_PlansAClosingThatLongAfterTheEnd()
    {
        var s = Live();
        var plan = TransitionPlan.For(s, TimeSpan.Zero, Now, TimeSpan.FromMinutes(10));
        Assert.Equal(s.EndsAt.AddMinutes(10), Assert.Single(plan, p => p.Kind == TransitionKind.AutoCloseSession).DueAt);
        Assert.DoesNotContain(TransitionPlan.For(s, TimeSpan.Zero, Now), p => p.Kind == TransitionKind.AutoCloseSession);
    }
}
