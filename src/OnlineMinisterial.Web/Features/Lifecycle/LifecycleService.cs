using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Lifecycle;

/// <summary>
/// Opens, suspends, adjourns, resumes and closes sessions, for the hub, REST and the schedule alike. Each runs in one
/// transaction: lock the session row (the floor's commands take the same lock, so none runs half across a change of
/// state), check who asks and the version their screen showed, let the floor follow (pause, resume, end the speech),
/// change the session, replan its transitions, audit; a close builds the record in the same transaction. After the
/// commit the jobs follow and everyone is told.
/// </summary>
public sealed class LifecycleService(AppDbContext db, AuditLog audit, TimeProvider time, TransitionPlanner planner, TransitionJobs jobs,
    SessionEvents events, FloorService floor, RecordService records, LifecycleBroadcaster broadcaster)
{
    private sealed record Step(string Action, SessionFloorStep? Floor, Action<Session, DateTimeOffset> Apply, Func<Session, object?>? Details = null);

    public Task<SessionStateView> OpenNowAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        RunAsync(user, sessionId, expectedVersion, new Step("session.opened", null, (s, now) => s.Open(now),
            s => new { early = s.StartsAt > s.OpenedAt, scheduledStart = s.StartsAt }), ct);

    public Task<SessionStateView> SuspendAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        RunAsync(user, sessionId, expectedVersion, new Step("session.suspended", SessionFloorStep.Suspend, (s, now) => s.Suspend(now)), ct);

    public Task<SessionStateView> ResumeAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, CancellationToken ct = default) =>
        RunAsync(user, sessionId, expectedVersion, Resumption(scheduled: false), ct);

    public Task<SessionStateView> AdjournAsync(ClaimsPrincipal user, Guid sessionId, DateTimeOffset resumeAt, int expectedVersion, CancellationToken ct = default) =>
        RunAsync(user, sessionId, expectedVersion, new Step("session.adjourned", SessionFloorStep.Suspend,
            (s, now) => s.Adjourn(now, StoredTime.Stored(resumeAt)), s => new { resumesAt = s.ResumesAt, endsAt = s.EndsAt }), ct);

    public Task<SessionStateView> CloseAsync(ClaimsPrincipal user, Guid sessionId, bool endSpeech, int expectedVersion, CancellationToken ct = default) =>
        RunAsync(user, sessionId, expectedVersion, Closing(endSpeech ? SessionFloorStep.EndSpeechAndClose : SessionFloorStep.Close, automatically: false), ct);

    /// <summary>The schedule resumes an adjourned session at its planned time (inside the executor's transaction).</summary>
    internal async Task<Func<Task>?> ResumeScheduledAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is not { State: SessionState.Suspended, ResumesAt: not null }) return null;
        return (await ApplyAsync(null, sessionId, null, Resumption(scheduled: true), ct)).AfterCommit;
    }

    /// <summary>The schedule closes a session its grace period after its end, unless a speech is running then.</summary>
    internal async Task<Func<Task>?> CloseAutomaticallyAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is not { State: SessionState.Live or SessionState.Suspended }) return null;
        if (await db.Speeches.AnyAsync(s => EF.Property<Guid>(s, SpeechConfiguration.SessionId) == sessionId && s.EndedAt == null, ct))
        {
            audit.Record(db, Actor.System, "session.auto_close_skipped", nameof(Session), sessionId, new { reason = "a speech is running" });
            return null;
        }
        return (await ApplyAsync(null, sessionId, null, Closing(SessionFloorStep.Close, automatically: true), ct)).AfterCommit;
    }

    private static Step Resumption(bool scheduled) =>
        new("session.resumed", SessionFloorStep.Resume, (s, now) => s.Resume(now), _ => new { scheduled });

    private static Step Closing(SessionFloorStep floorStep, bool automatically) =>
        new("session.closed", floorStep, (s, now) => s.Close(now, automatically),
            s => new { automatically, speechEnded = floorStep == SessionFloorStep.EndSpeechAndClose, openedAt = s.OpenedAt });

    private async Task<SessionStateView> RunAsync(ClaimsPrincipal user, Guid sessionId, int expectedVersion, Step step, CancellationToken ct)
    {
        var (view, afterCommit) = await ApplyAsync(user, sessionId, expectedVersion, step, ct);
        await afterCommit();
        return view;
    }

    private async Task<(SessionStateView View, Func<Task> AfterCommit)> ApplyAsync(ClaimsPrincipal? user, Guid sessionId, int? expectedVersion,
        Step step, CancellationToken ct)
    {
        var caller = user is null ? null : LifecycleCaller.From(user);
        var actor = user is null ? Actor.System : Actor.From(user);
        var (view, changed, plan, floorChanged) = await db.RunAsync(async () =>
        {
            var session = await LockAsync(sessionId, ct);
            caller?.EnsureRuns(session);
            if (session.State == SessionState.Closed)
                throw new DomainException(ConferenceErrors.SessionClosed, "The session is closed; its record is final. A continuation is a new session.");
            if (expectedVersion is { } expected && expected != session.Version)
                throw new DomainException(ErrorCodes.VersionConflict,
                    $"The session changed since your screen showed it (version {expected}, now {session.Version}); nothing was done.");
            var now = time.StoredNow();
            var floorChanged = step.Floor is { } f ? await floor.FollowSessionAsync(session, f, actor, now, ct) : null;
            step.Apply(session, now);
            var plan = await planner.SyncAsync(session, ct);
            audit.Record(db, actor, step.Action, nameof(Session), session.Id, step.Details?.Invoke(session));
            if (session.State == SessionState.Closed) await records.CreateAsync(session, ct);
            return (SessionStateView.Of(session, step.Action), await events.DescribeAsync(session, ct), plan, floorChanged);
        }, ct);

        return (view, async () =>
        {
            // Committed: whatever the caller's connection does now, the jobs and the announcements must follow.
            await jobs.ApplyAsync(plan, CancellationToken.None);
            await events.ChangedAsync(changed);
            if (floorChanged is not null) await floorChanged();
            await broadcaster.StateChangedAsync(view);
        });
    }

    private async Task<Session> LockAsync(Guid sessionId, CancellationToken ct)
    {
        var locked = await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), ct);
        if (locked == 0) throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        return await db.Sessions.Include(s => s.Interruptions).SingleAsync(s => s.Id == sessionId, ct);
    }
}
