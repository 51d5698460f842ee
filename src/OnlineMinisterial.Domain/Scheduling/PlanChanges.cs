namespace OnlineMinisterial.Domain.Scheduling;

/// <summary>
/// What bringing a subject's stored transitions in line with its plan did. <see cref="Moved"/> holds each moved
/// transition with the Hangfire job it had, which must be deleted once the move is committed.
/// </summary>
public sealed record PlanChanges(
    IReadOnlyList<ScheduledTransition> Added,
    IReadOnlyList<(ScheduledTransition Transition, string? OldJobId)> Moved,
    IReadOnlyList<(ScheduledTransition Transition, string? OldJobId)> Cancelled)
{
    public static readonly PlanChanges None = new([], [], []);

    public bool Any => Added.Count + Moved.Count + Cancelled.Count > 0;

    /// <summary>Transitions that need a (new) job after commit.</summary>
    public IEnumerable<ScheduledTransition> NeedJobs => Added.Concat(Moved.Select(m => m.Transition));

    /// <summary>Jobs that no longer stand for anything once the change is committed.</summary>
    public IEnumerable<string> ObsoleteJobs =>
        Moved.Select(m => m.OldJobId).Concat(Cancelled.Select(c => c.OldJobId)).OfType<string>();

    public static PlanChanges Combine(IEnumerable<PlanChanges> changes)
    {
        var all = changes.ToList();
        return new PlanChanges(all.SelectMany(c => c.Added).ToList(), all.SelectMany(c => c.Moved).ToList(),
            all.SelectMany(c => c.Cancelled).ToList());
    }
}
