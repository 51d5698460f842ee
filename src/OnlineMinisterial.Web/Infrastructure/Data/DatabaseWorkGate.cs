using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Web.Infrastructure.Telemetry;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// A cap on concurrent database work per node (ADR 0056): every connection the app's <see cref="AppDbContext"/>
/// opens takes a permit first and gives it back when it closes, so a crowd waits in a queue in this process instead
/// of draining the provider's pool (whose wait ends in a refusal). The cap is below the pool's size; the rest of
/// the pool is left to Hangfire and to a flow that opens a second context while it holds a first one.
/// </summary>
public sealed class DatabaseWorkGate : DbConnectionInterceptor, IDisposable
{
    private readonly SemaphoreSlim _permits;
    private readonly ConditionalWeakTable<DbConnection, object> _holding = new();
    private readonly IDisposable _waitingGauge;
    private readonly IDisposable _runningGauge;
    private readonly TimeSpan _patience;
    private int _waiting;
    private int _running;

    public DatabaseWorkGate(IOptions<DatabaseOptions> options)
    {
        Capacity = options.Value.MaxConcurrentWork;
        _patience = TimeSpan.FromSeconds(options.Value.WorkQueueSeconds);
        _permits = new SemaphoreSlim(Capacity, Capacity);
        _waitingGauge = AppMetrics.ObserveQueue("database", () => Volatile.Read(ref _waiting));
        _runningGauge = AppMetrics.ObserveQueue("database.running", () => Volatile.Read(ref _running));
    }

    public int Capacity { get; }

    /// <summary>Connections open now (at most <see cref="Capacity"/>, unless one waited past its patience).</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>The most that were ever open at once: what a test checks against <see cref="Capacity"/>.</summary>
    public int HighWater { get; private set; }

    public int Waiting => Volatile.Read(ref _waiting);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Enter(connection, WaitSync(eventData));
        return result;
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (_permits.Wait(0, CancellationToken.None))
        {
            Enter(connection, true);
            return result;
        }
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _waiting);
        bool permitted;
        try
        {
            permitted = await _permits.WaitAsync(_patience, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
            AppMetrics.DatabaseWait.Record(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        Enter(connection, permitted);
        return result;
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Leave(connection);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(connection);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Leave(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Leave(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection);   // EF disposes a connection it opened without closing it first when its context goes
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection);
        return ValueTask.FromResult(result);
    }

    private bool WaitSync(ConnectionEventData eventData)
    {
        Interlocked.Increment(ref _waiting);
        try { return _permits.Wait(_patience); }
        finally { Interlocked.Decrement(ref _waiting); }
    }

    // Past its patience a flow goes ahead without a permit (it may hold one already, in an outer context): the
    // provider's pool is then the limit, as it would be without the gate. The queue meter shows it happening.
    private void Enter(DbConnection connection, bool permitted)
    {
        var running = Interlocked.Increment(ref _running);
        lock (_holding)
        {
            HighWater = Math.Max(HighWater, running);
            _holding.AddOrUpdate(connection, permitted);
        }
    }

    private void Leave(DbConnection connection)
    {
        object? permitted;
        lock (_holding)
        {
            if (!_holding.TryGetValue(connection, out permitted)) return;
            _holding.Remove(connection);
        }
        Interlocked.Decrement(ref _running);
        if ((bool)permitted) _permits.Release();
    }

    public void Dispose()
    {
        _waitingGauge.Dispose();
        _runningGauge.Dispose();
        _permits.Dispose();
    }
}
