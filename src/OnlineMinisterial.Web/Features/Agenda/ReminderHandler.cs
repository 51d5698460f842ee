using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Notifications;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Agenda;

/// <summary>Everyone registered finds "starts soon" in their notification feed, live if they are connected.</summary>
internal sealed class ReminderHandler(AppDbContext db, AuditLog audit, NotificationService notifications) : ITransitionHandler
{
    public TransitionKind Kind => TransitionKind.Reminder;

    public async Task<Func<Task>?> ExecuteAsync(ScheduledTransition transition, DateTimeOffset now, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == transition.SubjectId, ct);
        if (session is not { State: SessionState.Scheduled }) return null;
        var everyone = await db.Users.Select(u => u.Id).ToListAsync(ct);
        var send = notifications.Add(db, everyone, NotificationKeys.SessionStartsSoon,
            new { sessionId = session.Id, title = session.Title, startsAt = session.StartsAt });
        audit.Record(db, Actor.System, "notification.reminder_sent", nameof(Session), session.Id,
            new { recipients = everyone.Count, transitionId = transition.Id });
        return send;
    }
}
