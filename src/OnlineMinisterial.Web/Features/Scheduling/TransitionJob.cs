using Hangfire;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// The Hangfire job of a scheduled transition: the durable backstop that runs it even if no timer of any node did
/// (after a crash, on a node that restarted late). The label argument only names the job in the dashboard.
/// </summary>
public sealed class TransitionJob(TransitionExecutor executor)
{
    [JobDisplayName("{2}")]
    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync(Guid transitionId, DateTimeOffset dueAt, string label, CancellationToken ct)
    {
        var outcome = await executor.RunAsync(transitionId, dueAt, "hangfire", ct);
        // Early only if this node's clock is behind the one that enqueued the job: fail, so Hangfire retries it later.
        if (outcome == TransitionOutcome.NotDue)
            throw new InvalidOperationException($"Transition {transitionId} ({label}) is not due yet by this node's clock; retrying.");
    }
}
