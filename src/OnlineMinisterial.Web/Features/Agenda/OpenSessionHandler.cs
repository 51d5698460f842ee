using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Agenda;

/// <summary>A session opens at its start (Scheduled to Live) and everyone connected is told.</summary>
internal sealed class OpenSessionHandler(AppDbContext db, AuditLog audit, SessionEvents events) : ITransitionHandler
{
    public TransitionKind Kind => TransitionKind.OpenSession;

    public async Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == transition.SubjectId, ct);
        // Opened by hand already, or cancelled: the schedule has nothing left to do.
        if (session is not { State: SessionState.Scheduled }) return null;
        session.Open(now);
        audit.Record(db, Actor.System, "session.opened", nameof(Session), session.Id,
            new { scheduled = true, transitionId = transition.Id, latenessMilliseconds = transition.LatenessAt(now) });
        var changed = await events.DescribeAsync(session, ct);
        return () => events.ChangedAsync(changed);
    }
}
