using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Agenda;

/// <summary>
/// The secretariat's agenda commands. Each runs in one transaction: check, change the session, bring its scheduled
/// transitions in line, audit. After the commit its Hangfire jobs follow and everyone is told.
/// </summary>
public sealed class AgendaService(AppDbContext db, AuditLog audit, AgendaRules rules, TransitionPlanner planner, TransitionJobs jobs,
    SessionEvents events)
{
    public async Task<SessionChanged> CreateAsync(ClaimsPrincipal user, SessionInput input, CancellationToken ct)
    {
        var (changed, plan) = await db.RunAsync(async () =>
        {
            var conference = await rules.ConferenceAsync(ct);
            var (start, end) = rules.ToUtc(conference, input.Start, input.End, mustBeFuture: true);
            var chairId = await rules.CheckChairAsync(input.ChairId, ct);
            var ordinal = (await db.Sessions.Where(s => s.ConferenceId == conference.Id).MaxAsync(s => (int?)s.Ordinal, ct) ?? 0) + 1;
            var session = Session.Schedule(Guid.NewGuid(), conference.Id, input.Title ?? "", input.Kind, chairId, start, end, ordinal);
            if (!string.IsNullOrWhiteSpace(input.VideoUrl)) session.Edit(session.Title, session.Kind, chairId, input.VideoUrl);
            db.Sessions.Add(session);
            var plan = await planner.SyncAsync(session, ct);
            audit.Record(db, Actor.From(user), "session.created", nameof(Session), session.Id,
                new { session.Title, kind = session.Kind.ToString(), session.StartsAt, session.EndsAt, chairId, ordinal });
            return (await events.DescribeAsync(session, ct), plan);
        }, ct);
        await AfterCommitAsync(plan, [changed]);
        return changed;
    }

    public async Task<SessionChanged> EditAsync(ClaimsPrincipal user, Guid id, SessionEdit input, CancellationToken ct)
    {
        var (changed, plan) = await db.RunAsync(async () =>
        {
            var session = await rules.SessionAsync(id, input.Version, ct);
            var chairId = await rules.CheckChairAsync(input.ChairId, ct);
            session.Edit(input.Title ?? "", input.Kind, chairId, input.VideoUrl);
            var plan = await planner.SyncAsync(session, ct);
            audit.Record(db, Actor.From(user), "session.edited", nameof(Session), session.Id,
                new { session.Title, kind = session.Kind.ToString(), chairId, session.VideoUrl });
            return (await events.DescribeAsync(session, ct), plan);
        }, ct);
        await AfterCommitAsync(plan, [changed]);
        return changed;
    }

    public async Task<SessionChanged> RescheduleAsync(ClaimsPrincipal user, Guid id, RescheduleRequest input, CancellationToken ct)
    {
        var (changed, plan) = await db.RunAsync(async () =>
        {
            var session = await rules.SessionAsync(id, input.Version, ct);
            var conference = await rules.ConferenceAsync(ct);
            // A session that has not started must not be moved into the past; a live one may end earlier or later.
            var (start, end) = rules.ToUtc(conference, input.Start, input.End, mustBeFuture: session.State == SessionState.Scheduled);
            var before = new { session.StartsAt, session.EndsAt };
            session.Reschedule(start, end);
            var plan = await planner.SyncAsync(session, ct);
            audit.Record(db, Actor.From(user), "session.rescheduled", nameof(Session), session.Id,
                new { from = before, to = new { session.StartsAt, session.EndsAt }, movedTransitions = plan.Moved.Count });
            return (await events.DescribeAsync(session, ct), plan);
        }, ct);
        await AfterCommitAsync(plan, [changed]);
        return changed;
    }

    public async Task<SessionCancelled> CancelAsync(ClaimsPrincipal user, Guid id, CancelRequest input, CancellationToken ct)
    {
        var (cancelled, plan) = await db.RunAsync(async () =>
        {
            var session = await rules.SessionAsync(id, input.Version, ct);
            session.Cancel();
            var plan = await planner.SyncAsync(session, ct);
            audit.Record(db, Actor.From(user), "session.cancelled", nameof(Session), session.Id,
                new { session.Title, cancelledTransitions = plan.Cancelled.Count });
            return (new SessionCancelled(session.Id, session.Version), plan);
        }, ct);
        await jobs.ApplyAsync(plan, CancellationToken.None);
        await events.CancelledAsync(cancelled);
        return cancelled;
    }

    public async Task<IReadOnlyList<SessionChanged>> ReorderAsync(ClaimsPrincipal user, ReorderRequest input, CancellationToken ct)
    {
        var changed = await db.RunAsync(async () =>
        {
            var sessions = await db.Sessions.Where(s => s.State != SessionState.Cancelled).ToListAsync(ct);
            var ids = input.SessionIds ?? [];
            if (ids.Count != sessions.Count || !ids.ToHashSet().SetEquals(sessions.Select(s => s.Id)))
                throw new DomainException(ConferenceErrors.ReorderMismatch, "Send every session on the agenda exactly once, in the new order.");
            var byId = sessions.ToDictionary(s => s.Id);
            var moved = ids.Select((id, i) => (session: byId[id], ordinal: i + 1)).Where(x => x.session.MoveTo(x.ordinal)).Select(x => x.session).ToList();
            audit.Record(db, Actor.From(user), "agenda.reordered", "Agenda", sessions.FirstOrDefault()?.ConferenceId ?? Guid.Empty, new { order = ids });
            var announcements = new List<SessionChanged>();
            foreach (var session in moved) announcements.Add(await events.DescribeAsync(session, ct));
            return announcements;
        }, ct);
        await events.ChangedAsync(changed);
        return changed;
    }

    private async Task AfterCommitAsync(PlanChanges plan, IEnumerable<SessionChanged> changed)
    {
        // Committed: the request may be gone, but the jobs and the announcement must still follow.
        await events.ChangedAsync(changed);
        await jobs.ApplyAsync(plan, CancellationToken.None);
    }
}
