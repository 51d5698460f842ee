using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;

namespace OnlineMinisterial.Domain.Tests.Scheduling;

public class ReconcileTests
{
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
    private readonly List<ScheduledTransition> _stored = [];

    private PlanChanges Sync(Session session)
    {
        var changes = TransitionPlan.Reconcile(_stored, TransitionPlan.For(session, Lead, _time.GetUtcNow()),
            TransitionPlan.SessionKinds, Guid.NewGuid, _time.GetUtcNow());
        _stored.AddRange(changes.Added);
        foreach (var t in changes.Added) t.HangfireJobId = $"job-{t.Kind}";
        foreach (var (t, _) in changes.Moved) t.HangfireJobId = $"job-{t.Kind}-moved";
        return changes;
    }

    private ScheduledTransition Pending(TransitionKind kind) => _stored.Single(t => t.IsPending && t.Kind == kind);

    [Fact]
    public void FirstSync_AddsTheWholePlan_AndASecondChangesNothing()
    {
        var session = Sessions.StartingIn(_time.GetUtcNow(), TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));

        Assert.Equal(3, Sync(session).Added.Count);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(Sync(session).Any);
    }

    [Fact]
    public void Rescheduling_MovesEveryPendingTransition_AndNamesTheJobsToDelete()
    {
        var session = Sessions.StartingIn(_time.GetUtcNow(), TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        Sync(session);
        var ids = _stored.Select(t => t.Id).ToHashSet();

        session.Reschedule(session.StartsAt.AddHours(2), session.EndsAt.AddHours(2));
        var changes = Sync(session);

        Assert.Empty(changes.Added);
        Assert.Equal(3, changes.Moved.Count);
        Assert.Equal(ids, changes.Moved.Select(m => m.Transition.Id).ToHashSet());
        Assert.Equal(["job-EndWarning", "job-OpenSession", "job-Reminder"], changes.ObsoleteJobs.Order());
        Assert.Equal(session.StartsAt, Pending(TransitionKind.OpenSession).DueAt);
        Assert.Equal(session.StartsAt - Lead, Pending(TransitionKind.Reminder).DueAt);
        Assert.Equal(session.EndsAt, Pending(TransitionKind.EndWarning).DueAt);
    }

    [Fact]
    public void ExtendingTheEnd_MovesOnlyTheEndWarning()
    {
        var session = Sessions.StartingIn(_time.GetUtcNow(), TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        Sync(session);

        session.Reschedule(session.StartsAt, session.EndsAt.AddMinutes(30));
        var changes = Sync(session);

        Assert.Equal(TransitionKind.EndWarning, Assert.Single(changes.Moved).Transition.Kind);
    }

    [Fact]
    public void Cancelling_CancelsEveryPendingTransition()
    {
        var session = Sessions.StartingIn(_time.GetUtcNow(), TimeSpan.FromHours(1), TimeSpan.FromMinutes(45));
        Sync(session);

        session.Cancel();
        var changes = Sync(session);

        Assert.Equal(3, changes.Cancelled.Count);
        Assert.All(_stored, t => Assert.Equal(TransitionState.Cancelled, t.State));
        Assert.Equal(3, changes.ObsoleteJobs.Count());
    }

    [Fact]
    public void AReminderAlreadySent_IsNotSentAgain_UnlessTheStartMoves()
    {
        var session = Sessions.StartingIn(_time.GetUtcNow(), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(45));
        Sync(session);
        _time.Advance(TimeSpan.FromMinutes(5));
        Pending(TransitionKind.Reminder).MarkDone(_time.GetUtcNow(), "node-a");

        session.Edit("Panel I (renamed)", SessionKind.Panel, "moderator", null);
        Assert.Empty(Sync(session).Added);

        session.Reschedule(session.StartsAt.AddHours(1), session.EndsAt.AddHours(1));
        var changes = Sync(session);
        Assert.Equal(TransitionKind.Reminder, Assert.Single(changes.Added).Kind);
        Assert.Equal(2, changes.Moved.Count);
    }

    [Fact]
    public void OpeningTheSession_LeavesTheEndWarning_AndNothingElsePending()
    {
        var session = Sessions.StartingIn(_time.GetUtcNow(), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(45));
        Sync(session);
        _time.Advance(TimeSpan.FromMinutes(5));
        Pending(TransitionKind.Reminder).MarkDone(_time.GetUtcNow(), "node-a");
        _time.Advance(TimeSpan.FromMinutes(15));
        Pending(TransitionKind.OpenSession).MarkDone(_time.GetUtcNow(), "node-a");
        session.Open(_time.GetUtcNow());

        Assert.False(Sync(session).Any);
        Assert.Equal(TransitionKind.EndWarning, _stored.Single(t => t.IsPending).Kind);
    }

    [Fact]
    public void MarkDone_RecordsLatenessAndNode_AndRefusesASecondRun()
    {
        var session = Sessions.StartingIn(_time.GetUtcNow(), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(45));
        Sync(session);
        var open = Pending(TransitionKind.OpenSession);
        _time.Advance(TimeSpan.FromSeconds(102));

        open.MarkDone(_time.GetUtcNow(), "node-b");

        Assert.Equal(42_000, open.LatenessMilliseconds);
        Assert.Equal("node-b", open.ExecutedByNode);
        var ex = Assert.Throws<Common.DomainException>(() => open.MarkDone(_time.GetUtcNow(), "node-a"));
        Assert.Equal(SchedulingErrors.NotPending, ex.Code);
    }
}
