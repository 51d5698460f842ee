using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;

namespace OnlineMinisterial.Domain.Tests.Scheduling;

/// <summary>The plan at its edges: a session starting now, a suspension without a planned resume, renames and strays.</summary>
public class PlanEdgesTests
{
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _time.GetUtcNow();

    private static PlannedTransition Planned(TransitionKind kind, Guid subject, DateTimeOffset at, string label = "Panel I") => new(kind, subject, at, at, label);

    [Fact]
    public void ASessionStartingThisMoment_Opens_ButIsNotRemindedOf()
    {
        var session = Sessions.StartingIn(Now, TimeSpan.Zero, TimeSpan.FromMinutes(45));
        var plan = TransitionPlan.For(session, Lead, Now);
        Assert.Equal([TransitionKind.OpenSession, TransitionKind.EndWarning], plan.Select(p => p.Kind));
    }

    [Fact]
    public void ASuspensionWithoutAPlannedResume_PlansNoResume_ButStillTheEndAndTheAutomaticClose()
    {
        var session = Sessions.StartingIn(Now, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(45));
        session.Open(Now);
        session.Suspend(Now);
        var plan = TransitionPlan.For(session, Lead, Now, TimeSpan.FromMinutes(10));
        Assert.Equal([TransitionKind.EndWarning, TransitionKind.AutoCloseSession], plan.Select(p => p.Kind));
        Assert.All(plan, p => Assert.Equal(session.EndsAt, p.BasisAt));
    }

    [Fact]
    public void AScheduledSession_IsAlsoClosedAutomatically_AfterItsEndAndGrace()
    {
        var session = Sessions.StartingIn(Now, TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        var close = Assert.Single(TransitionPlan.For(session, Lead, Now, TimeSpan.FromMinutes(10)), p => p.Kind == TransitionKind.AutoCloseSession);
        Assert.Equal((session.EndsAt.AddMinutes(10), session.Id, "Panel I"), (close.DueAt, close.SubjectId, close.Label));
    }

    [Fact]
    public void ACancelledSession_IsNotClosedAutomatically()
    {
        var session = Sessions.StartingIn(Now, TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        session.Cancel();
        Assert.Empty(TransitionPlan.For(session, Lead, Now, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void RenamingASession_RelabelsItsPendingTransitions_WithoutMovingThem()
    {
        var session = Sessions.StartingIn(Now, TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        var stored = TransitionPlan.Reconcile([], TransitionPlan.For(session, Lead, Now), TransitionPlan.SessionKinds, Guid.NewGuid, Now).Added.ToList();
        var due = stored.Select(t => t.DueAt).ToList();

        session.Edit("Panel I: prevention", SessionKind.Panel, "moderator", null);
        var changes = TransitionPlan.Reconcile(stored, TransitionPlan.For(session, Lead, Now), TransitionPlan.SessionKinds, Guid.NewGuid, Now);

        Assert.False(changes.Any);
        Assert.All(stored, t => Assert.Equal("Panel I: prevention", t.Label));
        Assert.Equal(due, stored.Select(t => t.DueAt));
    }

    [Fact]
    public void APendingTransitionOfAnotherKind_IsLeftAlone()
    {
        var subject = Guid.NewGuid();
        var closePoll = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.ClosePoll, subject, Now.AddMinutes(5)), Now);
        var changes = TransitionPlan.Reconcile([closePoll], [], TransitionPlan.SessionKinds, Guid.NewGuid, Now);
        Assert.False(changes.Any);
        Assert.True(closePoll.IsPending);
    }

    [Fact]
    public void AMovedTransition_LosesItsJob_AndTheCancelledOnesJobsAreObsolete()
    {
        var subject = Guid.NewGuid();
        var open = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.OpenSession, subject, Now.AddHours(1)), Now);
        var remind = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.Reminder, subject, Now.AddMinutes(45)), Now);
        var end = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.EndWarning, subject, Now.AddHours(2)), Now);
        (open.HangfireJobId, remind.HangfireJobId) = ("job-open", "job-remind");

        var changes = TransitionPlan.Reconcile([open, remind, end],
            [Planned(TransitionKind.OpenSession, subject, Now.AddHours(3))], TransitionPlan.SessionKinds, Guid.NewGuid, Now);

        Assert.Null(open.HangfireJobId);
        Assert.Equal(Now.AddHours(3), open.DueAt);
        Assert.Equal([open], changes.NeedJobs);
        Assert.Equal(["job-open", "job-remind"], changes.ObsoleteJobs);
        Assert.Equal([TransitionState.Cancelled, TransitionState.Cancelled], new[] { remind.State, end.State });
    }

    [Fact]
    public void ATransitionThatRanOrWasCancelled_CannotBeMovedOrCancelled()
    {
        var done = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.OpenSession, Guid.NewGuid(), Now), Now);
        done.MarkDone(Now, "node-a");
        var cancelled = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.OpenSession, Guid.NewGuid(), Now), Now);
        cancelled.Cancel();

        foreach (var t in new[] { done, cancelled })
        {
            Assert.Equal(SchedulingErrors.NotPending, Assert.Throws<DomainException>(() => t.MoveTo(Planned(TransitionKind.OpenSession, t.SubjectId, Now.AddHours(1)))).Code);
            Assert.Equal(SchedulingErrors.NotPending, Assert.Throws<DomainException>(t.Cancel).Code);
            Assert.Equal(Now, t.DueAt);
        }
    }

    [Fact]
    public void Combine_GathersTheChangesOfEverySubject()
    {
        var a = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.OpenSession, Guid.NewGuid(), Now), Now);
        var b = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.ClosePoll, Guid.NewGuid(), Now), Now);
        var c = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.EndSilence, Guid.NewGuid(), Now), Now);
        var all = PlanChanges.Combine([new([a], [], []), new([], [(b, "job-b")], []), new([], [], [(c, null)]), PlanChanges.None]);

        Assert.Equal([a], all.Added);
        Assert.Equal([b], all.Moved.Select(m => m.Transition));
        Assert.Equal([c], all.Cancelled.Select(x => x.Transition));
        Assert.True(all.Any);
        Assert.Equal(["job-b"], all.ObsoleteJobs);
        Assert.False(PlanChanges.None.Any);
        Assert.True(new PlanChanges([], [], [(c, null)]).Any);
        Assert.True(new PlanChanges([], [(b, null)], []).Any);
    }

    [Fact]
    public void Lateness_IsRoundedToTheNearestMillisecond()
    {
        var t = ScheduledTransition.From(Guid.NewGuid(), Planned(TransitionKind.OpenSession, Guid.NewGuid(), Now), Now);
        Assert.Equal(2, t.LatenessAt(Now + TimeSpan.FromTicks(17_000)));
        Assert.Equal(-1, t.LatenessAt(Now - TimeSpan.FromTicks(12_000)));
    }
}
