using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Notifications;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Agenda;

/// <summary>At a running session's end time its chair is told that time is up. Closing is never forced: the chair decides.</summary>
internal sealed class EndWarningHandler(AppDbContext db, AuditLog audit, NotificationService notifications) : ITransitionHandler
{
    public TransitionKind Kind => TransitionKind.EndWarning;

    public async Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == transition.SubjectId, ct);
        if (session is not { State: SessionState.Live or SessionState.Suspended }) return null;
        var send = notifications.Add(db, [session.ChairId], NotificationKeys.SessionTimeUp,
            new { sessionId = session.Id, title = session.Title, endsAt = session.EndsAt });
        audit.Record(db, Actor.System, "notification.time_up_sent", nameof(Session), session.Id,
            new { chairId = session.ChairId, transitionId = transition.Id });
        return send;
    }
}
