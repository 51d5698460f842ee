using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

/// <summary>
/// Runs one scheduled transition, whoever asks (the precise timer, a Hangfire job, the reconciler, on any node), as
/// often as they ask: in one transaction it claims the transition with a conditional update (pending and still due at
/// the time the caller knew), and only the run that changed that row carries it out. Any other run changes nothing.
/// </summary>
public sealed class TransitionExecutor(AppDbContext db, IEnumerable<ITransitionHandler> handlers, AuditLog audit,
    NodeIdentity node, TimeProvider time, ILogger<TransitionExecutor> logger)
{
    public async Task<TransitionOutcome> RunAsync(Guid transitionId, DateTimeOffset expectedDueAt, string trigger, CancellationToken ct = default)
    {
        await RunEarlierOfSubjectAsync(transitionId, trigger, ct);
        var expected = ScheduledTransition.Whole(expectedDueAt);
        var (outcome, transition, lateness, afterCommit) = await db.RunAsync(async () =>
        {
            var t = await db.ScheduledTransitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == transitionId, ct);
            if (t is null || !t.IsPending) return (TransitionOutcome.AlreadyDone, t, 0L, (Func<Task>?)null);
            if (t.DueAt != expected) return (TransitionOutcome.Stale, t, 0L, null);
            var now = time.GetUtcNow();
            if (now < t.DueAt) return (TransitionOutcome.NotDue, t, 0L, null);

            var handler = handlers.FirstOrDefault(h => h.Kind == t.Kind)
                ?? throw new InvalidOperationException($"No handler is registered for {t.Kind} transitions.");
            var late = t.LatenessAt(now);
            // Exactly one executor gets 1 here: a concurrent one waits for this row's lock and then finds it done.
            var claimed = await db.ScheduledTransitions
                .Where(x => x.Id == t.Id && x.State == TransitionState.Pending && x.DueAt == t.DueAt)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.State, TransitionState.Done)
                    .SetProperty(x => x.ExecutedAt, now)
                    .SetProperty(x => x.LatenessMilliseconds, late)
                    .SetProperty(x => x.ExecutedByNode, node.Id), ct);
            if (claimed != 1) return (TransitionOutcome.AlreadyDone, t, 0L, null);

            var after = await handler.ExecuteAsync(t, now, ct);
            audit.Record(db, Actor.System, "transition.executed", nameof(ScheduledTransition), t.Id,
                new { kind = t.Kind.ToString(), subjectId = t.SubjectId, dueAt = t.DueAt, latenessMilliseconds = late, node = node.Id, trigger });
            return (TransitionOutcome.Executed, t, late, after);
        }, ct);

        if (outcome == TransitionOutcome.Executed && transition is not null)
        {
            if (lateness > 1000)
                logger.LogWarning("{Kind} «{Label}» ran late by {Late} (due {DueAt:O}, {Trigger})", transition.Kind, transition.Label,
                    Describe(lateness), transition.DueAt, trigger);
            else
                logger.LogInformation("{Kind} «{Label}» ran {Lateness} ms after its time ({Trigger})", transition.Kind, transition.Label, lateness, trigger);
            if (afterCommit is not null) await afterCommit();
        }
        return outcome;
    }

    /// <summary>
    /// Transitions of one subject run in their order: a session's end warning that falls due together with its
    /// opening (a late opening, or both due after the host was down) would otherwise find the session not yet live,
    /// do nothing and be recorded as done. So the earlier pending ones that are due run first, each in its own
    /// transaction, committed before this one looks at the subject; one that another run holds is waited for by its
    /// claim (the row lock) and then found done.
    /// </summary>
    private async Task RunEarlierOfSubjectAsync(Guid transitionId, string trigger, CancellationToken ct)
    {
        var t = await db.ScheduledTransitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == transitionId, ct);
        if (t is null || !t.IsPending) return;
        var now = time.GetUtcNow();
        // A subject has a handful of transitions: order them here (SQLite cannot compare DateTimeOffset in SQL).
        var earlier = (await db.ScheduledTransitions.AsNoTracking()
                .Where(x => x.SubjectId == t.SubjectId && x.State == TransitionState.Pending && x.Id != t.Id).ToListAsync(ct))
            .Where(x => x.DueAt <= now && (x.DueAt < t.DueAt || (x.DueAt == t.DueAt && x.Kind < t.Kind)))
            .OrderBy(x => x.DueAt).ThenBy(x => x.Kind);
        foreach (var e in earlier) await RunAsync(e.Id, e.DueAt, $"{trigger}, before {t.Kind} of the same subject", ct);
    }

    /// <summary>"42 s", "3 min 5 s": lateness as people read it in the logs.</summary>
    public static string Describe(long milliseconds)
    {
        var span = TimeSpan.FromMilliseconds(Math.Max(0, milliseconds));
        return span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds} s" : $"{span.TotalSeconds:0.#} s";
    }
}
