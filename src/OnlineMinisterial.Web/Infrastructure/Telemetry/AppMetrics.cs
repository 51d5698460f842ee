using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OnlineMinisterial.Web.Infrastructure.Telemetry;

/// <summary>
/// The app's own meters (docs/metrics.md). Recording costs next to nothing while no exporter listens, so they are
/// always recorded; <see cref="TelemetrySetup"/> exports them only when configured.
/// </summary>
public static class AppMetrics
{
    public const string MeterName = "OnlineMinisterial";

    private static readonly Meter Meter = new(MeterName);

    // Durations are in seconds: without this advice the exporters' default buckets (0, 5, 10, 25 ... 10,000) would put
    // every command, commit and broadcast in the first bucket, and no latency could be read from them.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    };

    public static readonly UpDownCounter<long> Connections = Meter.CreateUpDownCounter<long>(
        "onlineministerial.hub.connections", "{connection}", "Open hub connections on this node, per hub.");

    public static readonly Histogram<double> CommandDuration = Meter.CreateHistogram<double>(
        "onlineministerial.hub.command.duration", "s", "Time to serve a hub method, per hub, method and outcome.", tags: null, advice: Seconds);

    public static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>(
        "onlineministerial.db.commit.duration", "s", "Time of a command's transaction, from its start to the commit.", tags: null, advice: Seconds);

    public static readonly Histogram<double> BroadcastDuration = Meter.CreateHistogram<double>(
        "onlineministerial.broadcast.duration", "s", "Time to hand an event to SignalR for every recipient, per event.", tags: null, advice: Seconds);

    public static readonly Histogram<long> CommandGroupSize = Meter.CreateHistogram<long>(
        "onlineministerial.command.group.size", "{command}", "Commands to one aggregate applied in one transaction (group commit).");

    public static readonly Histogram<double> PresenceFlushLag = Meter.CreateHistogram<double>(
        "onlineministerial.presence.flush.lag", "s", "Age of the oldest presence change when its batch committed.", tags: null, advice: Seconds);

    public static readonly Histogram<long> PresenceFlushSize = Meter.CreateHistogram<long>(
        "onlineministerial.presence.flush.size", "{change}", "Presence changes written in one transaction.");

    public static readonly Counter<long> SnapshotReads = Meter.CreateCounter<long>(
        "onlineministerial.snapshot.reads", "{read}", "Snapshots served, per snapshot (floor, presence) and outcome (hit: from the cache of its version; miss: read from the database).");

    public static readonly Histogram<double> DatabaseWait = Meter.CreateHistogram<double>(
        "onlineministerial.db.wait.duration", "s", "Time a piece of database work waited for its turn (Database:MaxConcurrentWork).", tags: null, advice: Seconds);

    private static readonly ConcurrentDictionary<object, (string Queue, Func<int> Depth)> Queues = new();

    private static readonly ObservableGauge<int> QueueDepth = Meter.CreateObservableGauge("onlineministerial.queue.depth",
        () => Queues.Values.GroupBy(q => q.Queue).Select(g => new Measurement<int>(g.Sum(q => q.Depth()), new KeyValuePair<string, object?>("queue", g.Key))),
        "{item}", "Items waiting in an in-process queue, per queue.");

    /// <summary>Registers a queue whose depth is read when the meters are collected; dispose to unregister.</summary>
    public static IDisposable ObserveQueue(string queue, Func<int> depth)
    {
        var key = new object();
        Queues[key] = (queue, depth);
        return new Registration(key);
    }

    private sealed class Registration(object key) : IDisposable
    {
        public void Dispose() => Queues.TryRemove(key, out _);
    }

    /// <summary>Times a broadcast: <c>await AppMetrics.TimeBroadcastAsync("FloorChanged", () => clients.FloorChanged(change))</c>.</summary>
    public static async Task TimeBroadcastAsync(string eventName, Func<Task> send)
    {
        var start = Stopwatch.GetTimestamp();
        await send();
        BroadcastDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds, new KeyValuePair<string, object?>("event", eventName));
    }
}
