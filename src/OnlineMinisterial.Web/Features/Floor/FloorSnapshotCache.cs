using System.Collections.Concurrent;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Infrastructure.Telemetry;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// The last floor read of each session, kept with its version (ADR 0058). A reader asks the database for the
/// version alone and is served from here while it matches, so a crowd joining (or rejoining after a restart) costs
/// one small read per client instead of the list, its requests, its speeches and their names. The database's
/// version is always asked first: a change made on another node, or before a restart, is never missed.
/// Entries are read only (a snapshot is built from them, nothing changes them).
/// </summary>
public sealed class FloorSnapshotCache
{
    private readonly ConcurrentDictionary<Guid, Entry> _bySession = new();

    internal bool TryGet(Guid sessionId, int version, out SpeakerList list, out FloorNames names)
    {
        if (_bySession.TryGetValue(sessionId, out var entry) && entry.List.Version == version)
        {
            (list, names) = (entry.List, entry.Names);
            AppMetrics.SnapshotReads.Add(1, Tag("floor", hit: true));
            return true;
        }
        (list, names) = (null!, null!);
        AppMetrics.SnapshotReads.Add(1, Tag("floor", hit: false));
        return false;
    }

    /// <summary>Keeps a read whose version was proven; an older one never replaces a newer one.</summary>
    internal void Store(SpeakerList list, FloorNames names) =>
        _bySession.AddOrUpdate(list.SessionId, new Entry(list, names), (_, old) => old.List.Version > list.Version ? old : new Entry(list, names));

    internal static KeyValuePair<string, object?>[] Tag(string snapshot, bool hit) =>
        [new("snapshot", snapshot), new("outcome", hit ? "hit" : "miss")];

    private sealed record Entry(SpeakerList List, FloorNames Names);
}
