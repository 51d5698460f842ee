using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// The Hangfire side of scheduled transitions: one job per pending transition, its id kept on the row. Job changes
/// happen after the database commit (Hangfire's storage is not in our transaction); if a node dies in between, the
/// reconciler and the timer find the transition without a live job and make up for it.
/// </summary>
public sealed class TransitionJobs(IBackgroundJobClient client, JobStorage storage, AppDbContext db, TransitionTimer timer,
    ILogger<TransitionJobs> logger)
{
    private static readonly string[] AliveStates = [ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName];

    /// <summary>Creates jobs for new and moved transitions, deletes the jobs of moved and cancelled ones, wakes the timer.</summary>
    public async Task ApplyAsync(PlanChanges changes, CancellationToken ct = default)
    {
        if (!changes.Any) return;
        foreach (var transition in changes.NeedJobs)
            await EnsureJobAsync(transition, null, ct);
        foreach (var jobId in changes.ObsoleteJobs)
            Delete(jobId);
        timer.Nudge();
    }

    /// <summary>Schedules a job for the transition and records it, unless the row changed meanwhile (then the job is dropped).</summary>
    public async Task<bool> EnsureJobAsync(ScheduledTransition transition, string? replacing, CancellationToken ct)
    {
        string jobId;
        try
        {
            jobId = client.Schedule<TransitionJob>(j => j.RunAsync(transition.Id, transition.DueAt,
                TransitionLabels.For(transition.Kind, transition.Label), CancellationToken.None), RoundUpToSecond(transition.DueAt));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not schedule the job of transition {Id}; the reconciler will retry", transition.Id);
            return false;
        }
        var recorded = await db.ScheduledTransitions
            .Where(x => x.Id == transition.Id && x.State == TransitionState.Pending && x.DueAt == transition.DueAt && x.HangfireJobId == replacing)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.HangfireJobId, jobId), ct);
        if (recorded == 1) return true;
        Delete(jobId); // another node recorded its job first, or the transition moved on: ours would be a duplicate
        return false;
    }

    public bool IsAlive(string jobId)
    {
        using var connection = storage.GetConnection();
        var state = connection.GetJobData(jobId)?.State;
        return state is not null && AliveStates.Contains(state);
    }

    /// <summary>Hangfire's schedule has whole-second resolution: round up, so the job is never early.</summary>
    private static DateTimeOffset RoundUpToSecond(DateTimeOffset at)
    {
        var rest = at.UtcTicks % TimeSpan.TicksPerSecond;
        return new DateTimeOffset(rest == 0 ? at.UtcTicks : at.UtcTicks + TimeSpan.TicksPerSecond - rest, TimeSpan.Zero);
    }

    private void Delete(string jobId)
    {
        try
        {
            client.Delete(jobId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A leftover job is harmless: it finds its transition moved or done and changes nothing.
            logger.LogWarning(e, "Could not delete Hangfire job {JobId}", jobId);
        }
    }
}
