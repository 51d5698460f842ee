using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// The precise half of scheduling: every node arms an in-process timer for each pending transition due within the
/// horizon and runs it at its exact time. Hangfire (polling every second) is the durable backstop; when both fire,
/// the executor's conditional update lets one of them act. The timer holds nothing the database does not: a restart
/// or another node simply arms again from the table.
/// </summary>
public sealed class TransitionTimer(IServiceScopeFactory scopes, IOptions<SchedulingOptions> options, TimeProvider time,
    ILogger<TransitionTimer> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Armed> _armed = new();
    private TaskCompletionSource _nudged = NewSignal();
    private CancellationToken _stopping;

    private bool Enabled => options.Value.RunServer && options.Value.PreciseTimer;

    /// <summary>Look at the table now (a change on this node may have brought a transition within the horizon).</summary>
    public void Nudge()
    {
        if (Enabled) Interlocked.Exchange(ref _nudged, NewSignal()).TrySetResult();
    }

    /// <summary>How many transitions are armed now (for diagnostics and tests).</summary>
    public int ArmedCount => _armed.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        _stopping = stoppingToken;
        var sweepEvery = TimeSpan.FromSeconds(options.Value.TimerSweepSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var nudged = _nudged.Task;
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The transition timer could not read the schedule; Hangfire remains the backstop");
            }
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(nudged, Task.Delay(sweepEvery, time, wait.Token));
            await wait.CancelAsync();
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        var horizon = time.GetUtcNow().AddSeconds(options.Value.TimerHorizonSeconds);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var due = await db.ScheduledTransitions.AsNoTracking()
            .Where(t => t.State == TransitionState.Pending && t.DueAt <= horizon)
            .OrderBy(t => t.DueAt).Take(1000)
            .Select(t => new { t.Id, t.DueAt }).ToListAsync(ct);

        foreach (var t in due) Arm(t.Id, t.DueAt);
        var wanted = due.Select(t => t.Id).ToHashSet();
        foreach (var (id, armed) in _armed)
            if (!wanted.Contains(id) && _armed.TryRemove(new(id, armed))) armed.Cancel();
    }

    private void Arm(Guid id, DateTimeOffset dueAt)
    {
        if (_armed.TryGetValue(id, out var current) && current.DueAt == dueAt) return;
        var armed = new Armed(dueAt, CancellationTokenSource.CreateLinkedTokenSource(_stopping));
        _armed[id] = armed;
        current?.Cancel();
        _ = FireAsync(id, armed);
    }

    private async Task FireAsync(Guid id, Armed armed)
    {
        try
        {
            while (true)
            {
                var wait = armed.DueAt - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, armed.Token);
                await using var scope = scopes.CreateAsyncScope();
                var executor = scope.ServiceProvider.GetRequiredService<TransitionExecutor>();
                if (await executor.RunAsync(id, armed.DueAt, "timer", armed.Token) != TransitionOutcome.NotDue) break;
            }
        }
        catch (OperationCanceledException)
        {
            // Disarmed (moved, cancelled, done elsewhere) or shutting down.
        }
        catch (Exception e)
        {
            // The next sweep arms it again, and its Hangfire job retries: a failure here is never the last word.
            logger.LogWarning(e, "Transition {Id} failed from the timer; it will be retried", id);
        }
        finally
        {
            _armed.TryRemove(new(id, armed));
            armed.Dispose();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Armed(DateTimeOffset dueAt, CancellationTokenSource cts) : IDisposable
    {
        public DateTimeOffset DueAt { get; } = dueAt;
        public CancellationToken Token { get; } = cts.Token;

        public void Cancel()
        {
            try
            {
                cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It already fired and was disposed.
            }
        }

        public void Dispose() => cts.Dispose();
    }
}
