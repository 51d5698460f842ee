using OnlineMinisterial.Web.Infrastructure.Telemetry;

namespace OnlineMinisterial.Web.Infrastructure.Realtime;

/// <summary>
/// Sends each aggregate's events one after another in the order they were handed in, off the command path
/// (ADR 0053): a command hands its event in right after its commit and answers its caller without waiting for the
/// fan-out. Events of one aggregate reach every client in version order; different aggregates do not wait on each other.
/// </summary>
public sealed class OrderedBroadcasts : IDisposable
{
    private readonly Dictionary<string, Task> _tails = [];
    private readonly ILogger<OrderedBroadcasts> _logger;
    private readonly IDisposable _depth;
    private int _pending;

    public OrderedBroadcasts(ILogger<OrderedBroadcasts> logger)
    {
        _logger = logger;
        _depth = AppMetrics.ObserveQueue("broadcasts", () => Volatile.Read(ref _pending));
    }

    /// <summary>Queues <paramref name="send"/> behind the aggregate's earlier events; the task ends when it was sent.</summary>
    public Task Send(string aggregate, string eventName, Func<Task> send)
    {
        Task next;
        lock (_tails)
        {
            var previous = _tails.GetValueOrDefault(aggregate) ?? Task.CompletedTask;
            _pending++;
            next = AfterAsync(previous, eventName, send);
            _tails[aggregate] = next;
        }
        _ = next.ContinueWith(_ => Forget(aggregate, next), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return next;
    }

    private async Task AfterAsync(Task previous, string eventName, Func<Task> send)
    {
        // Never inside the lock, never on the committing command's thread.
        await Task.Yield();
        await previous;
        try
        {
            await send();
        }
        catch (Exception e)
        {
            // Committed already: clients that miss the event see a version gap and fetch a snapshot.
            _logger.LogWarning(e, "Broadcast of {Event} failed after commit; clients will resync from snapshots", eventName);
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    private void Forget(string aggregate, Task done)
    {
        lock (_tails)
        {
            if (_tails.TryGetValue(aggregate, out var tail) && tail == done) _tails.Remove(aggregate);
        }
    }

    public void Dispose() => _depth.Dispose();
}
