using OnlineMinisterial.Web.Infrastructure.Telemetry;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// Who was present at the last presence version read on this node (ADR 0058). A snapshot asks the database for the
/// version alone and is served from here while it matches, so a crowd joining after a restart reads the list of
/// present people once, not once per client. The version is the database's, bumped by every node: a change made
/// elsewhere, or before a restart, is never missed.
/// </summary>
public sealed class PresenceSnapshotCache
{
    private Entry? _last;

    public bool TryGet(long version, out IReadOnlyList<PresentPerson> people)
    {
        var last = Volatile.Read(ref _last);
        var hit = last is not null && last.Version == version;
        people = hit ? last!.People : [];
        AppMetrics.SnapshotReads.Add(1, new KeyValuePair<string, object?>("snapshot", "presence"), new KeyValuePair<string, object?>("outcome", hit ? "hit" : "miss"));
        return hit;
    }

    /// <summary>Keeps a list proven to belong to <paramref name="version"/>; an older one never replaces a newer one.</summary>
    public void Store(long version, IReadOnlyList<PresentPerson> people)
    {
        var entry = new Entry(version, people);
        while (true)
        {
            var last = Volatile.Read(ref _last);
            if (last is not null && last.Version >= version) return;
            if (Interlocked.CompareExchange(ref _last, entry, last) == last) return;
        }
    }

    private sealed record Entry(long Version, IReadOnlyList<PresentPerson> People);
}
