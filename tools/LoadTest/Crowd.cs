using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace LoadTest;

/// <summary>
/// N receiving connections listening for one event. A round starts when the sender sends; each arrival is timed
/// from that moment on the same clock, so a latency is send-to-receive through the server. With
/// <paramref name="counts"/>, only the events it accepts are arrivals (the final turnout, say); every event is still
/// counted in <see cref="Events"/>.
/// </summary>
internal sealed class Crowd(string eventName, Func<object?, bool>? counts = null) : IAsyncDisposable
{
    private int _events;

    private readonly ConcurrentBag<HubConnection> _connections = [];
    private readonly ConcurrentBag<double> _latencies = [];
    private long _roundStart;
    private int _arrivals;
    private int _expected;
    private TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count => _connections.Count;
    public int Refused { get; private set; }
    public IReadOnlyCollection<HubConnection> Connections => _connections;
    public Func<HubConnection, Task>? OnOpened { get; init; }

    /// <summary>Opens <paramref name="n"/> connections, <paramref name="concurrency"/> at a time; returns how long that took.</summary>
    public async Task<TimeSpan> OpenAsync(int n, int concurrency, Func<int, HubConnection> build)
    {
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(concurrency);
        await Task.WhenAll(Enumerable.Range(0, n).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var connection = build(i);
                connection.On(eventName, [typeof(object)], (args, _) => Arrived(args[0]), this);
                await connection.StartAsync();
                if (OnOpened is not null) await OnOpened(connection);
                connection.Reconnected += async _ => { if (OnOpened is not null) await OnOpened(connection); };
                _connections.Add(connection);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or TimeoutException
                                      or OperationCanceledException or System.Net.WebSockets.WebSocketException or Microsoft.AspNetCore.SignalR.HubException)
            {
                lock (this) Refused++;
            }
            finally
            {
                gate.Release();
            }
        }));
        return clock.Elapsed;
    }

    /// <summary>Runs <paramref name="send"/> and waits until every connection got the event (or the timeout); returns arrivals.</summary>
    public async Task<int> RoundAsync(Func<Task> send, TimeSpan timeout, int expectedPerConnection = 1)
    {
        _arrivals = 0;
        _events = 0;
        _expected = Count * expectedPerConnection;
        _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        LastArrivalMilliseconds = 0;
        Volatile.Write(ref _roundStart, Stopwatch.GetTimestamp());
        await send();
        await Task.WhenAny(_allArrived.Task, Task.Delay(timeout));
        return Volatile.Read(ref _arrivals);
    }

    /// <summary>
    /// Waits until every connection has received <paramref name="name"/> with a payload <paramref name="accepts"/> takes
    /// (or the timeout); returns how many did. Registered before <paramref name="send"/> runs, so none is missed.
    /// </summary>
    public async Task<int> EachReceivedAsync(string name, Func<object?, bool> accepts, Func<Task> send, TimeSpan timeout)
    {
        var count = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var expected = Count;
        var handlers = _connections.Select(c =>
        {
            var seen = 0;
            return c.On(name, [typeof(object)], (args, _) =>
            {
                if (accepts(args[0]) && Interlocked.Exchange(ref seen, 1) == 0 && Interlocked.Increment(ref count) == expected) all.TrySetResult();
                return Task.CompletedTask;
            }, this);
        }).ToList();
        try
        {
            await send();
            await Task.WhenAny(all.Task, Task.Delay(timeout));
            return Volatile.Read(ref count);
        }
        finally
        {
            foreach (var h in handlers) h.Dispose();
        }
    }

    /// <summary>Milliseconds from the round's start to its last arrival (so far).</summary>
    public double LastArrivalMilliseconds { get; private set; }

    public IReadOnlyCollection<double> Latencies => _latencies;

    /// <summary>Every event received in the round, arrival or not.</summary>
    public int Events => Volatile.Read(ref _events);

    public void ResetLatencies() => _latencies.Clear();

    private Task Arrived(object? payload)
    {
        Interlocked.Increment(ref _events);
        if (counts is not null && !counts(payload)) return Task.CompletedTask;
        var ms = Stopwatch.GetElapsedTime(Volatile.Read(ref _roundStart)).TotalMilliseconds;
        _latencies.Add(ms);
        LastArrivalMilliseconds = Math.Max(LastArrivalMilliseconds, ms);
        if (Interlocked.Increment(ref _arrivals) == _expected) _allArrived.TrySetResult();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        using var gate = new SemaphoreSlim(100);
        await Task.WhenAll(_connections.Select(async c =>
        {
            await gate.WaitAsync();
            try { await c.DisposeAsync(); }
            catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException) { }
            finally { gate.Release(); }
        }));
        _connections.Clear();
    }
}
