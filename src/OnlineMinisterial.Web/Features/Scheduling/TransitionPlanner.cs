using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// Keeps a session's stored transitions in line with its schedule, inside the caller's transaction. The Hangfire
/// side of the changes is applied after the commit by <see cref="TransitionJobs.ApplyAsync"/>.
/// </summary>
public sealed class TransitionPlanner(AppDbContext db, IOptions<SchedulingOptions> options, TimeProvider time)
{
    public async Task<PlanChanges> SyncAsync(Session session, CancellationToken ct)
    {
        var existing = await db.ScheduledTransitions.Where(t => t.SubjectId == session.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        var changes = TransitionPlan.Reconcile(existing, TransitionPlan.For(session, options.Value.ReminderLead, now),
            TransitionPlan.SessionKinds, Guid.NewGuid, now);
        db.ScheduledTransitions.AddRange(changes.Added);
        return changes;
    }
}
