using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;

namespace OnlineMinisterial.Domain.Tests.Scheduling;

public class TransitionPlanTests
{
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ScheduledSession_OpensAtItsStart_RemindsBeforeIt_AndWarnsAtItsEnd()
    {
        var now = _time.GetUtcNow();
        var session = Sessions.StartingIn(now, TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));

        var plan = TransitionPlan.For(session, Lead, now);

        Assert.Equal(3, plan.Count);
        Assert.Equal(session.StartsAt, plan.Single(p => p.Kind == TransitionKind.OpenSession).DueAt);
        Assert.Equal(session.StartsAt - Lead, plan.Single(p => p.Kind == TransitionKind.Reminder).DueAt);
        Assert.Equal(session.EndsAt, plan.Single(p => p.Kind == TransitionKind.EndWarning).DueAt);
        Assert.All(plan, p => Assert.Equal(session.Id, p.SubjectId));
        Assert.All(plan, p => Assert.Equal("Panel I", p.Label));
    }

    [Fact]
    public void SessionStartingSoonerThanTheLead_IsRemindedAtOnce()
    {
        var now = _time.GetUtcNow();
        var session = Sessions.StartingIn(now, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(45));

        var reminder = TransitionPlan.For(session, Lead, now).Single(p => p.Kind == TransitionKind.Reminder);

        Assert.Equal(now, reminder.DueAt);
        Assert.Equal(session.StartsAt, reminder.BasisAt);
    }

    [Fact]
    public void NoLead_MeansNoReminder()
    {
        var now = _time.GetUtcNow();
        var session = Sessions.StartingIn(now, TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        Assert.DoesNotContain(TransitionPlan.For(session, TimeSpan.Zero, now), p => p.Kind == TransitionKind.Reminder);
    }

    [Fact]
    public void LiveSession_OnlyWarnsAtItsEnd()
    {
        var now = _time.GetUtcNow();
        var session = Sessions.StartingIn(now, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(45));
        _time.Advance(TimeSpan.FromMinutes(1));
        session.Open(_time.GetUtcNow());

        var plan = TransitionPlan.For(session, Lead, _time.GetUtcNow());

        Assert.Equal(TransitionKind.EndWarning, Assert.Single(plan).Kind);
    }

    [Fact]
    public void ClosedOrCancelledSession_NeedsNothing()
    {
        var now = _time.GetUtcNow();
        var closed = Sessions.StartingIn(now, TimeSpan.Zero, TimeSpan.FromMinutes(45));
        closed.Open(now);
        closed.Close(now);
        var cancelled = Sessions.StartingIn(now, TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        cancelled.Cancel();

        Assert.Empty(TransitionPlan.For(closed, Lead, now));
        Assert.Empty(TransitionPlan.For(cancelled, Lead, now));
    }

    [Fact]
    public void DueTimes_AreKeptInWholeMilliseconds()
    {
        var now = _time.GetUtcNow();
        var session = Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), "x", SessionKind.Plenary, "chair",
            now.AddTicks(12_345_678), now.AddHours(1), 1);
        var stored = ScheduledTransition.From(Guid.NewGuid(), TransitionPlan.For(session, Lead, now)[0], now);
        Assert.Equal(0, stored.DueAt.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(TimeSpan.Zero, stored.DueAt.Offset);
    }
}
