using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Features.Media;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;
using OnlineMinisterial.Web.Infrastructure.Realtime;
using OnlineMinisterial.Web.Infrastructure.Telemetry;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// The floor's commands, shared by the hub and anything else that changes a list of speakers. Each runs in one
/// transaction: lock the session, check who is asking, load (or create) the list, apply the domain rule, audit the
/// change; only after the commit is it broadcast, with the version the aggregate bumped, in version order and
/// without the caller waiting for the fan-out (<see cref="OrderedBroadcasts"/>). A delegation's requests and
/// withdrawals that arrive together are committed together (<see cref="CommandGroups"/>, ADR 0053).
/// </summary>
public sealed partial class FloorService(AppDbContext db, AuditLog audit, TimeProvider time,
    IHubContext<FloorHub, IFloorClient> hub, IMediaFollower media, OrderedBroadcasts ordered, CommandGroups groups)
{
    private const string Subject = nameof(SpeakerList);

    private enum Who { Delegate, Moderator }

    /// <summary>What a command sees: the locked session, the list, the caller (and their delegation when a delegate) and the time.</summary>
    private sealed record Step(Session Session, SpeakerList List, FloorCaller Caller, Guid? DelegationId, DateTimeOffset Now);

    /// <summary>The audit action and details of a command, recorded only when it changed the list.</summary>
    private sealed record Effect(string Action, object? Details = null, Guid? RequestId = null);

    private sealed record Outcome(SpeakerList List, FloorSnapshot Public, FloorSnapshot Moderator, Guid? RequestId, string? Change);

    private async Task<Outcome> RunAsync(ClaimsPrincipal user, Guid sessionId, Who who, int? expectedVersion,
        Func<Step, Task<Effect>> apply, CancellationToken ct)
    {
        var caller = FloorCaller.From(user);
        var outcome = await db.RunAsync(async () =>
        {
            var session = await LockSessionAsync(sessionId, ct);
            Guid? delegationId = null;
            if (who == Who.Delegate) delegationId = caller.EnsureDelegate();
            else caller.EnsureModerator(session);

            var list = await LoadForChangeAsync(sessionId, ct);
            if (who == Who.Delegate) list.EnsureTakesRequests(session.State);
            // The chair acted on what their screen showed; if the list moved on since, acting now could do twice
            // what two chairs each meant once (two "next speaker" presses). The lock makes this check exact.
            if (expectedVersion is { } expected && expected != list.Version)
                throw new DomainException(ErrorCodes.VersionConflict,
                    $"The list changed since your screen showed it (version {expected}, now {list.Version}); nothing was done.");

            var before = list.Version;
            var now = Now();
            var effect = await apply(new Step(session, list, caller, delegationId, now));
            var changed = list.Version != before;
            if (changed) audit.Record(db, Actor.From(user), effect.Action, Subject, sessionId, effect.Details);

            var names = await FloorNames.LoadAsync(db, session.ConferenceId, list.Speeches, ct);
            var view = FloorViews.Snapshot(list, names, now, withTotals: false);
            var outcome = new Outcome(list, view, FloorViews.WithTotals(view, list, names), effect.RequestId, changed ? effect.Action : null);
            if (changed) db.AfterCommit(() => Broadcast(outcome));
            return outcome;
        }, ct);
        return outcome;
    }

    /// <summary>
    /// A delegate's command, committed together with the others that arrive for the same floor meanwhile, and saved
    /// once for the group (ADR 0064): it reads what the group's earlier commands did only through the list held in
    /// memory and the keys it added (<see cref="AddedKeys"/>), and refuses before it changes anything.
    /// </summary>
    private Task<T> GroupedAsync<T>(Guid sessionId, Func<FloorService, CancellationToken, Task<T>> command, CancellationToken ct) =>
        groups.RunAsync($"floor:{sessionId}", (services, token) => command(services.GetRequiredService<FloorService>(), token), ct,
            GroupSave.Once);

    private Task<Outcome> RunAsync(ClaimsPrincipal user, Guid sessionId, Who who, int? expectedVersion,
        Func<Step, Effect> apply, CancellationToken ct) =>
        RunAsync(user, sessionId, who, expectedVersion, step => Task.FromResult(apply(step)), ct);

    /// <summary>
    /// Floor times are kept to the millisecond: the providers store different precisions (SQLite's converter 0.1 ms,
    /// PostgreSQL 1 µs), and a time a command returns must read back the same from the database.
    /// </summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    /// <summary>
    /// A no-op update takes the session row's write lock (on SQLite, the database's): commands on one session's floor
    /// run one after another on every provider and node, and an opening or closing of the session waits for them,
    /// so the checks made here still hold at commit. The row count tells whether the session exists. In a group (one
    /// transaction) the later commands find the session locked and read by the first (AppDbContext.Held).
    /// </summary>
    private async Task<Session> LockSessionAsync(Guid sessionId, CancellationToken ct)
    {
        if (db.Held<Session>($"session:{sessionId}") is { } held) return held;
        var locked = await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), ct);
        if (locked == 0) throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        db.Hold($"session:{sessionId}", session);
        return session;
    }

    /// <summary>
    /// One list per session, created on first use with the default limits (a session has no limits of its own yet).
    /// Under the session's lock, a list this transaction loaded (and saved since, or changed in a group saved once) is
    /// current as tracked.
    /// </summary>
    private async Task<SpeakerList> LoadForChangeAsync(Guid sessionId, CancellationToken ct)
    {
        var key = $"floor:{sessionId}";
        // Saved after each command, a list still unchanged is the one committed so far; in a group saved once, the list
        // held is the group's own, changes included, as the next command must see it.
        if (db.Held<SpeakerList>(key) is { } held && (db.SavesDeferred || db.Entry(held).State == EntityState.Unchanged)) return held;
        var list = await LoadTrackedAsync(sessionId, ct);
        db.Hold(key, list);
        return list;
    }

    private async Task<SpeakerList> LoadTrackedAsync(Guid sessionId, CancellationToken ct)
    {
        var list = await db.SpeakerLists.AsSplitQuery()
            .Include(x => x.Requests).Include(x => x.Speeches)
            .SingleOrDefaultAsync(x => x.SessionId == sessionId, ct);
        if (list is not null) return list;
        list = SpeakerList.Create(sessionId, FloorLimits.Default);
        db.SpeakerLists.Add(list);
        return list;
    }

    // After the commit. A failed send is logged by the queue: the change is committed and acknowledged, and a client
    // that missed it sees the gap or reconnects and refetches.
    private void Broadcast(Outcome o)
    {
        var sessionId = o.List.SessionId;
        media.SessionChanged(sessionId);   // who may publish follows the floor: the speaker given, ended, paused
        var (everyone, moderators) = (new FloorChange(sessionId, o.Public.Version, o.Change!, o.Public),
            new FloorChange(sessionId, o.Moderator.Version, o.Change!, o.Moderator));
        ordered.Send($"floor:{sessionId}", nameof(IFloorClient.FloorChanged), () =>
            AppMetrics.TimeBroadcastAsync(nameof(IFloorClient.FloorChanged), async () =>
            {
                await hub.Clients.Group(FloorGroups.Public(sessionId)).FloorChanged(everyone);
                await hub.Clients.Group(FloorGroups.Moderators(sessionId)).FloorChanged(moderators);
            }));
    }
}
