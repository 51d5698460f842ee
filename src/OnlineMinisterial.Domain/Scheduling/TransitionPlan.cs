using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Scheduling;

/// <summary>
/// The pure planning rules: which transitions a session's schedule calls for, and how stored transitions are
/// brought in line with a new plan (added, moved or cancelled). No clock of its own: <c>now</c> comes in.
/// </summary>
public static class TransitionPlan
{
    /// <summary>The kinds a session's plan manages; other kinds (a poll's deadline) belong to other subjects.</summary>
    public static readonly IReadOnlyList<TransitionKind> SessionKinds =
        [TransitionKind.OpenSession, TransitionKind.Reminder, TransitionKind.EndWarning, TransitionKind.ResumeSession, TransitionKind.AutoCloseSession];

    /// <summary>
    /// A scheduled session opens at its start and reminds everyone <paramref name="reminderLead"/> before it (at
    /// once if that moment has passed but the start has not); a scheduled, live or suspended session warns its chair
    /// at its end. An adjourned session resumes at its planned time; with an <paramref name="autoCloseGrace"/>, a
    /// session is closed that long after its end. A closed or cancelled session needs nothing.
    /// </summary>
    public static IReadOnlyList<PlannedTransition> For(Session session, TimeSpan reminderLead, DateTimeOffset now, TimeSpan? autoCloseGrace = null)
    {
        var plan = new List<PlannedTransition>();
        if (session.State == SessionState.Scheduled)
        {
            plan.Add(new(TransitionKind.OpenSession, session.Id, session.StartsAt, session.StartsAt, session.Title));
            if (reminderLead > TimeSpan.Zero && session.StartsAt > now)
            {
                var remindAt = session.StartsAt - reminderLead;
                plan.Add(new(TransitionKind.Reminder, session.Id, remindAt > now ? remindAt : now, session.StartsAt, session.Title));
            }
        }
        if (session.State is SessionState.Scheduled or SessionState.Live or SessionState.Suspended)
            plan.Add(new(TransitionKind.EndWarning, session.Id, session.EndsAt, session.EndsAt, session.Title));
        if (session is { State: SessionState.Suspended, ResumesAt: { } resumeAt })
            plan.Add(new(TransitionKind.ResumeSession, session.Id, resumeAt, resumeAt, session.Title));
        if (autoCloseGrace is { } grace && session.State is SessionState.Scheduled or SessionState.Live or SessionState.Suspended)
            plan.Add(new(TransitionKind.AutoCloseSession, session.Id, session.EndsAt + grace, session.EndsAt, session.Title));
        return plan;
    }

    /// <summary>
    /// Brings one subject's stored transitions (<paramref name="existing"/>, of the <paramref name="managed"/> kinds)
    /// in line with <paramref name="planned"/>: a pending transition whose basis changed moves; a planned one that is
    /// neither pending nor already done for the same basis is added; a pending one the plan no longer wants is cancelled.
    /// </summary>
    public static PlanChanges Reconcile(IReadOnlyCollection<ScheduledTransition> existing, IReadOnlyList<PlannedTransition> planned,
        IReadOnlyCollection<TransitionKind> managed, Func<Guid> newId, DateTimeOffset now)
    {
        var added = new List<ScheduledTransition>();
        var moved = new List<(ScheduledTransition, string?)>();
        var cancelled = new List<(ScheduledTransition, string?)>();

        foreach (var plan in planned)
        {
            var pending = existing.FirstOrDefault(t => t.IsPending && t.Kind == plan.Kind);
            if (pending is not null)
            {
                if (pending.BasisAt != ScheduledTransition.Whole(plan.BasisAt))
                {
                    var oldJob = pending.HangfireJobId;
                    pending.MoveTo(plan);
                    pending.HangfireJobId = null;
                    moved.Add((pending, oldJob));
                }
                else if (pending.Label != plan.Label)
                {
                    pending.Relabel(plan.Label);
                }
                continue;
            }
            var done = existing.Any(t => t.State == TransitionState.Done && t.Kind == plan.Kind && t.BasisAt == ScheduledTransition.Whole(plan.BasisAt));
            if (!done) added.Add(ScheduledTransition.From(newId(), plan, now));
        }

        foreach (var stale in existing.Where(t => t.IsPending && managed.Contains(t.Kind) && planned.All(p => p.Kind != t.Kind)))
        {
            var oldJob = stale.HangfireJobId;
            stale.Cancel();
            cancelled.Add((stale, oldJob));
        }
        return new PlanChanges(added, moved, cancelled);
    }
}
