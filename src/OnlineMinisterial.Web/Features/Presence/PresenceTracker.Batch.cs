using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>A node's batch of arrivals and departures, written in one transaction (ADR 0042).</summary>
public sealed partial class PresenceTracker
{
    /// <summary>
    /// Writes a batch of arrivals and departures in one transaction under the presence lock (<see cref="PresenceBatcher"/>),
    /// and returns one event per person whose presence changed, with consecutive versions, in the order of the batch.
    /// </summary>
    public async Task<IReadOnlyList<PresenceChanged>> ApplyAsync(IReadOnlyList<PresenceChange> batch, CancellationToken ct = default) =>
        await db.RunAsync<IReadOnlyList<PresenceChanged>>(async () =>
        {
            await LockAsync(ct);
            var arrivals = batch.Where(c => c.Arrival is not null).Select(c => c.Arrival!).ToList();
            var leavingIds = batch.Where(c => c.Arrival is null).Select(c => c.ConnectionId).ToList();
            var leaving = await db.PresenceConnections.Where(c => leavingIds.Contains(c.ConnectionId)).ToListAsync(ct);
            leaving.AddRange(arrivals.Where(a => leavingIds.Contains(a.ConnectionId)));   // came and went within one batch
            var people = arrivals.Concat(leaving).Select(c => c.PersonId).Distinct().ToList();
            var before = await PresentPeopleAsync(people, ct);

            db.PresenceConnections.AddRange(arrivals.Where(a => !leavingIds.Contains(a.ConnectionId)));
            db.PresenceConnections.RemoveRange(leaving.Where(l => arrivals.All(a => a.ConnectionId != l.ConnectionId)));
            // Attendance outlives the connection: the record of a session names who was there and when.
            var leftAt = time.GetUtcNow();
            db.Set<Record.AttendanceSpan>().AddRange(leaving.Select(c => Record.AttendanceSpan.Of(c, leftAt)));
            await db.SaveChangesAsync(ct);
            var after = await PresentPeopleAsync(people, ct);

            // People in the order the batch first mentions them; counts per delegation move with each event.
            var delegationOf = arrivals.Concat(leaving).GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.First().DelegationId);
            var changedPeople = batch.Select(c => c.Arrival?.PersonId ?? leaving.FirstOrDefault(l => l.ConnectionId == c.ConnectionId)?.PersonId)
                .OfType<string>().Distinct().Where(p => before.Contains(p) != after.Contains(p)).ToList();
            if (changedPeople.Count == 0) return [];
            var names = batch.Where(c => c.Arrival is not null).GroupBy(c => c.Arrival!.PersonId).ToDictionary(g => g.Key, g => g.First().DisplayName);
            var missing = changedPeople.Where(p => !names.ContainsKey(p)).ToList();
            foreach (var u in await db.Users.Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
                names[u.Id] = u.DisplayName;
            var delegations = changedPeople.Select(p => delegationOf[p]).OfType<Guid>().Distinct().ToList();
            var counts = (await db.PresenceConnections.Where(c => c.DelegationId != null && delegations.Contains(c.DelegationId.Value))
                    .Select(c => new { c.DelegationId, c.PersonId }).Distinct().ToListAsync(ct))
                .GroupBy(c => c.DelegationId!.Value).ToDictionary(g => g.Key, g => g.Count());
            // The counts are after the batch; walk back to before it, then forward event by event.
            foreach (var p in changedPeople)
                if (delegationOf[p] is { } d) counts[d] = counts.GetValueOrDefault(d) + (after.Contains(p) ? -1 : 1);

            var version = await VersionAsync(ct);
            var events = new List<PresenceChanged>();
            foreach (var p in changedPeople)
            {
                var present = after.Contains(p);
                var count = 0;
                if (delegationOf[p] is { } d) count = counts[d] = counts.GetValueOrDefault(d) + (present ? 1 : -1);
                events.Add(new PresenceChanged(++version, p, names.GetValueOrDefault(p) ?? "", delegationOf[p], present, count > 0, count));
            }
            var last = version;
            await db.PresenceCounters.Where(x => x.Id == PresenceCounter.SingletonId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, last), ct);
            return events;
        }, ct);

    private async Task<HashSet<string>> PresentPeopleAsync(List<string> people, CancellationToken ct) =>
        [.. await db.PresenceConnections.Where(c => people.Contains(c.PersonId)).Select(c => c.PersonId).Distinct().ToListAsync(ct)];
}
