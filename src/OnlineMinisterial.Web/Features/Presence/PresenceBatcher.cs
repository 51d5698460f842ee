using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Web.Infrastructure.Telemetry;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// Keeps presence off the connection path (ADR 0042): connections and disconnections are queued, and one loop per
/// node writes whatever has gathered in one transaction, so a crowd arriving at once costs one database connection
/// and a few transactions, never one transaction (and one pooled connection) per client. While a flush runs the
/// next batch gathers, so the batches grow with the load and stay at one change when it is quiet.
/// </summary>
public sealed class PresenceBatcher : BackgroundService
{
    private readonly Channel<PresenceChange> _queue = Channel.CreateUnbounded<PresenceChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<PresenceChange> _retry = [];
    private readonly IServiceScopeFactory _scopes;
    private readonly IHubContext<ConferenceHub, IConferenceClient> _hub;
    private readonly IOptions<PresenceOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PresenceBatcher> _logger;
    private readonly IDisposable _gauge;
    private int _depth;

    public PresenceBatcher(IServiceScopeFactory scopes, IHubContext<ConferenceHub, IConferenceClient> hub, IOptions<PresenceOptions> options,
        TimeProvider time, ILogger<PresenceBatcher> logger)
    {
        (_scopes, _hub, _options, _time, _logger) = (scopes, hub, options, time, logger);
        _gauge = AppMetrics.ObserveQueue("presence", () => Volatile.Read(ref _depth));
    }

    /// <summary>Queues an arrival; the task completes when its row is committed (or fails with the flush).</summary>
    public Task ArrivedAsync(PresenceConnection row, string displayName)
    {
        var change = PresenceChange.Arrived(row, displayName, _time.GetTimestamp());
        Enqueue(change);
        return change.Written.Task;
    }

    /// <summary>Queues a departure; nobody waits for it.</summary>
    public void Left(string connectionId) => Enqueue(PresenceChange.Left(connectionId, _time.GetTimestamp()));

    private void Enqueue(PresenceChange change)
    {
        Interlocked.Increment(ref _depth);
        if (!_queue.Writer.TryWrite(change))
        {
            Interlocked.Decrement(ref _depth);
            change.Written.TrySetCanceled();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<PresenceChange>(_retry);
                _retry.Clear();
                while (batch.Count < _options.Value.FlushBatchSize && reader.TryRead(out var change)) batch.Add(change);
                Interlocked.Add(ref _depth, -batch.Count);
                await FlushAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: NodeHeartbeat removes every connection of this node in one change, queued or not.
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var left)) left.Written.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task FlushAsync(List<PresenceChange> batch, CancellationToken ct)
    {
        var failure = await WriteAsync(batch, ct);
        if (failure is null) return;
        if (batch.Count > 1)
        {
            // What failed may be one change or the moment (a deadlock, a timeout under load): each change alone, so
            // one bad change or one bad moment does not close a whole crowd's connections.
            _logger.LogWarning(failure, "Presence flush of {Count} changes failed; writing them one by one", batch.Count);
            foreach (var change in batch)
                if (await WriteAsync([change], ct) is { } alone) Fail(change, alone);
        }
        else Fail(batch[0], failure);
    }

    /// <summary>Writes the changes in one transaction and tells everyone; the exception when it could not be written.</summary>
    private async Task<Exception?> WriteAsync(List<PresenceChange> batch, CancellationToken ct)
    {
        IReadOnlyList<PresenceChanged> events;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            events = await scope.ServiceProvider.GetRequiredService<PresenceTracker>().ApplyAsync(batch, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            foreach (var change in batch) change.Written.TrySetCanceled(ct);
            throw;
        }
        catch (Exception e)
        {
            return e;
        }
        AppMetrics.PresenceFlushSize.Record(batch.Count);
        AppMetrics.PresenceFlushLag.Record(_time.GetElapsedTime(batch.Min(c => c.QueuedAt)).TotalSeconds);
        foreach (var change in batch) change.Written.TrySetResult();
        foreach (var changed in events)
        {
            try
            {
                await AppMetrics.TimeBroadcastAsync(nameof(IConferenceClient.PresenceChanged), () => _hub.Clients.All.PresenceChanged(changed));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Committed: clients that missed it see the version gap and fetch a snapshot.
                _logger.LogWarning(e, "PresenceChanged {Version} could not be broadcast", changed.Version);
            }
        }
        return null;
    }

    // An arrival that cannot be written fails (its connection closes, as it would have before); a departure is kept
    // for the next flush, or a connection that has gone would stay present.
    private void Fail(PresenceChange change, Exception e)
    {
        _logger.LogWarning(e, "Presence change of connection {ConnectionId} could not be written", change.ConnectionId);
        if (change.Arrival is not null) change.Written.TrySetException(e);
        else
        {
            _retry.Add(change);
            Interlocked.Increment(ref _depth);
        }
    }

    public override void Dispose()
    {
        _gauge.Dispose();
        base.Dispose();
    }
}
