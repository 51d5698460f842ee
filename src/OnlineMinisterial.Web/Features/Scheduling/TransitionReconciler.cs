using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// Makes sure every pending transition has a live Hangfire job, whatever storage Hangfire uses (a fresh storage, a
/// job deleted or failed, a node that died between its commit and scheduling the job). Runs when the node starts,
/// after the migrations and the seed (hosted services start in order), then every few minutes. Overdue transitions
/// are run at once through the timer and recorded with their lateness.
/// </summary>
public sealed class TransitionReconciler(IServiceScopeFactory scopes, IOptions<SchedulingOptions> options, TransitionTimer timer,
    TimeProvider time, ILogger<TransitionReconciler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var every = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.ReconcileMinutes), time);
        do
        {
            try
            {
                await ReconcileAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reconciling scheduled transitions failed; trying again in {Minutes} min", options.Value.ReconcileMinutes);
            }
        } while (await every.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Returns how many transitions got a new job.</summary>
    public async Task<int> ReconcileAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<TransitionJobs>();
        var pending = await db.ScheduledTransitions.AsNoTracking().Where(t => t.State == TransitionState.Pending).ToListAsync(ct);
        var scheduled = 0;
        foreach (var transition in pending)
        {
            if (transition.HangfireJobId is { } jobId && jobs.IsAlive(jobId)) continue;
            if (await jobs.EnsureJobAsync(transition, transition.HangfireJobId, ct)) scheduled++;
        }
        var now = time.GetUtcNow();
        var overdue = pending.Count(t => t.DueAt <= now);
        if (scheduled > 0 || overdue > 0)
            logger.LogInformation("Reconciled {Pending} pending transitions: {Scheduled} given a job, {Overdue} overdue and run now",
                pending.Count, scheduled, overdue);
        timer.Nudge();
        return scheduled;
    }
}
