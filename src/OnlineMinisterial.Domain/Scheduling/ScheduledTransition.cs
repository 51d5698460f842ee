using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Scheduling;

/// <summary>
/// One scheduled transition, stored as data (ARCHITECTURE.md rule 6): what happens to which subject and when, and
/// once it ran, when, how late and on which node. Executing it is the host's job; marking it done is a conditional
/// update there, so that exactly one executor wins.
/// </summary>
public sealed class ScheduledTransition
{
    private ScheduledTransition() { }

    public Guid Id { get; private set; }
    public TransitionKind Kind { get; private set; }
    public Guid SubjectId { get; private set; }

    /// <summary>When it is due (UTC, whole milliseconds so every database stores it exactly).</summary>
    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset BasisAt { get; private set; }
    public TransitionState State { get; private set; }

    /// <summary>The subject's title when planned; names the Hangfire job.</summary>
    public string Label { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExecutedAt { get; private set; }

    /// <summary>How long after <see cref="DueAt"/> it ran.</summary>
    public long? LatenessMilliseconds { get; private set; }

    public string? ExecutedByNode { get; private set; }
    public string? HangfireJobId { get; set; }

    public static ScheduledTransition From(Guid id, PlannedTransition plan, DateTimeOffset now) => new()
    {
        Id = id, Kind = plan.Kind, SubjectId = plan.SubjectId, DueAt = Whole(plan.DueAt), BasisAt = Whole(plan.BasisAt),
        Label = plan.Label, State = TransitionState.Pending, CreatedAt = now,
    };

    public bool IsPending => State == TransitionState.Pending;

    public void MoveTo(PlannedTransition plan)
    {
        Guard.That(IsPending, SchedulingErrors.NotPending, $"A {State} transition cannot be moved.");
        DueAt = Whole(plan.DueAt);
        BasisAt = Whole(plan.BasisAt);
        Label = plan.Label;
    }

    public void Relabel(string label) => Label = label;

    public void Cancel()
    {
        Guard.That(IsPending, SchedulingErrors.NotPending, $"A {State} transition cannot be cancelled.");
        State = TransitionState.Cancelled;
    }

    /// <summary>The in-memory form of what the host's conditional update writes (used by tests and read models).</summary>
    public void MarkDone(DateTimeOffset now, string node)
    {
        Guard.That(IsPending, SchedulingErrors.NotPending, $"A {State} transition cannot run again.");
        State = TransitionState.Done;
        ExecutedAt = now;
        LatenessMilliseconds = LatenessAt(now);
        ExecutedByNode = node;
    }

    public long LatenessAt(DateTimeOffset now) => (long)Math.Round((now - DueAt).TotalMilliseconds);

    /// <summary>PostgreSQL keeps microseconds and .NET ticks are finer: whole milliseconds compare equal everywhere.</summary>
    public static DateTimeOffset Whole(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
