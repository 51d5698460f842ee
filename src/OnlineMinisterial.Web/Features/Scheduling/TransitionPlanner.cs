using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// Keeps a subject's stored transitions (a session's schedule, a poll's or a silence's deadline) in line with what it
/// calls for, inside the caller's transaction. The Hangfire
/// side of the changes is applied after the commit by <see cref="TransitionJobs.ApplyAsync"/>.
/// </summary>
public sealed class TransitionPlanner(AppDbContext db, IOptions<SchedulingOptions> options, TimeProvider time)
{
    public async Task<PlanChanges> SyncAsync(Session session, CancellationToken ct)
    {
        var existing = await db.ScheduledTransitions.Where(t => t.SubjectId == session.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        var changes = TransitionPlan.Reconcile(existing, TransitionPlan.For(session, options.Value.ReminderLead, now, options.Value.AutoCloseGrace),
            TransitionPlan.SessionKinds, Guid.NewGuid, now);
        db.ScheduledTransitions.AddRange(changes.Added);
        return changes;
    }

    /// <summary>
    /// Brings one subject's transitions of the <paramref name="managed"/> kinds in line with <paramref name="planned"/>
    /// (a poll's deadline: one ClosePoll, or none once it has closed or been cancelled), in the caller's transaction.
    /// </summary>
    public async Task<PlanChanges> SyncAsync(Guid subjectId, IReadOnlyCollection<TransitionKind> managed,
        IReadOnlyList<PlannedTransition> planned, CancellationToken ct)
    {
        var existing = await db.ScheduledTransitions.Where(t => t.SubjectId == subjectId).ToListAsync(ct);
        var now = time.GetUtcNow();
        var changes = TransitionPlan.Reconcile(existing, planned, managed, Guid.NewGuid, now);
        db.ScheduledTransitions.AddRange(changes.Added);
        return changes;
    }

    /// <summary>A subject's title as a transition's label (the column holds 300 characters).</summary>
    public static string LabelFor(string title) => title.Length <= 300 ? title : string.Concat(title.AsSpan(0, 299), "…");
}
