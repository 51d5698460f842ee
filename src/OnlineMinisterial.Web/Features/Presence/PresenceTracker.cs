using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// Keeps presence in the database: a person is present while any of their hub connections (on any node) is open;
/// a delegation while any member is. Every change that alters who is present bumps the presence version and is
/// broadcast after commit. Arrivals and departures reach the database in batches, per node (ADR 0042).
/// </summary>
public sealed partial class PresenceTracker(
    AppDbContext db,
    IHubContext<ConferenceHub, IConferenceClient> hub,
    NodeIdentity node,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    PresenceBatcher batcher,
    PresenceSnapshotCache cache)
{
    /// <summary>Queues the arrival and waits until the node's next flush has written it (<see cref="PresenceBatcher"/>).</summary>
    public Task ConnectedAsync(string connectionId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var personId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Hub connections are authenticated.");
        var displayName = user.FindFirstValue(AppClaims.DisplayName) ?? user.Identity?.Name ?? "";
        Guid? delegationId = Guid.TryParse(user.FindFirstValue(AppClaims.DelegationId), out var d) ? d : null;
        var row = new PresenceConnection
        {
            ConnectionId = connectionId, PersonId = personId, DelegationId = delegationId, NodeId = node.Id, ConnectedAt = time.GetUtcNow(),
        };
        return batcher.ArrivedAsync(row, displayName).WaitAsync(ct);
    }

    /// <summary>
    /// Queued for the next flush, not awaited. While the node is stopping, every one of its connections closes at
    /// once: they are left to <see cref="NodeLeftAsync"/>, one change for all.
    /// </summary>
    public Task DisconnectedAsync(string connectionId)
    {
        if (!lifetime.ApplicationStopping.IsCancellationRequested) batcher.Left(connectionId);
        return Task.CompletedTask;
    }

    /// <summary>This node is stopping: its connections are gone, in one change, and everyone is told who left.</summary>
    public Task NodeLeftAsync(CancellationToken ct = default) =>
        RemoveAsync(db.PresenceConnections.Where(c => c.NodeId == node.Id), ct);

    /// <summary>Removes the connections of nodes that stopped heartbeating, telling everyone who left.</summary>
    public Task SweepAsync(DateTimeOffset staleBefore, CancellationToken ct = default)
    {
        var liveNodes = db.ServerNodes.Where(n => n.LastSeenAt >= staleBefore).Select(n => n.NodeId);
        return RemoveAsync(db.PresenceConnections.Where(c => !liveNodes.Contains(c.NodeId)), ct);
    }

    private async Task RemoveAsync(IQueryable<PresenceConnection> gone, CancellationToken ct)
    {
        var events = await db.RunAsync(async () =>
        {
            await LockAsync(ct);
            var removed = await gone.ToListAsync(ct);
            if (removed.Count == 0) return [];
            db.PresenceConnections.RemoveRange(removed);
            // Attendance outlives the connection: the record of a session names who was there and when.
            var leftAt = time.GetUtcNow();
            db.Set<Record.AttendanceSpan>().AddRange(removed.Select(c => Record.AttendanceSpan.Of(c, leftAt)));
            await db.SaveChangesAsync(ct);

            var changes = new List<PresenceChanged>();
            foreach (var person in removed.GroupBy(c => c.PersonId))
            {
                if (await db.PresenceConnections.AnyAsync(c => c.PersonId == person.Key, ct)) continue;
                var delegationId = person.First().DelegationId;
                var count = await PresentCountAsync(delegationId, ct);
                var name = await db.Users.Where(u => u.Id == person.Key).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
                changes.Add(new PresenceChanged(await BumpAsync(ct), person.Key, name, delegationId, false, count > 0, count));
            }
            return changes;
        }, ct);

        foreach (var changed in events) await hub.Clients.All.PresenceChanged(changed);
    }

    public async Task<PresenceSnapshot> SnapshotAsync(CancellationToken ct = default)
    {
        var delegationIds = await db.Delegations.OrderBy(x => x.Name).Select(x => x.Id).ToListAsync(ct);
        var version = await VersionAsync(ct);
        if (!cache.TryGet(version, out var people)) (version, people) = await PeopleAsync(ct);
        var counts = people.Where(p => p.DelegationId is not null).GroupBy(p => p.DelegationId!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        var delegations = delegationIds
            .Select(id => new DelegationPresence(id, counts.ContainsKey(id), counts.GetValueOrDefault(id)))
            .ToList();
        return new PresenceSnapshot(version, time.GetUtcNow(), delegations, people);
    }

    // Read the version before and after the list: equal versions mean the list belongs to that version.
    private async Task<(long Version, IReadOnlyList<PresentPerson> People)> PeopleAsync(CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var before = await VersionAsync(ct);
            var people = await (from c in db.PresenceConnections
                                join u in db.Users on c.PersonId equals u.Id
                                select new PresentPerson(u.Id, u.DisplayName, c.DelegationId)).Distinct().ToListAsync(ct);
            var proven = await VersionAsync(ct) == before;
            if (proven) cache.Store(before, people);
            if (proven || attempt >= 5) return (before, people);
        }
    }

    public async Task<bool> IsPresentAsync(string personId, CancellationToken ct = default) =>
        await db.PresenceConnections.AnyAsync(c => c.PersonId == personId, ct);

    private Task<int> PresentCountAsync(Guid? delegationId, CancellationToken ct) =>
        delegationId is null
            ? Task.FromResult(0)
            : db.PresenceConnections.Where(c => c.DelegationId == delegationId).Select(c => c.PersonId).Distinct().CountAsync(ct);

    private Task<int> LockAsync(CancellationToken ct) =>
        db.PresenceCounters.Where(x => x.Id == PresenceCounter.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), ct);

    private async Task<long> BumpAsync(CancellationToken ct)
    {
        await db.PresenceCounters.Where(x => x.Id == PresenceCounter.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), ct);
        return await VersionAsync(ct);
    }

    private Task<long> VersionAsync(CancellationToken ct) =>
        db.PresenceCounters.Where(x => x.Id == PresenceCounter.SingletonId).Select(x => x.Version).SingleAsync(ct);
}
