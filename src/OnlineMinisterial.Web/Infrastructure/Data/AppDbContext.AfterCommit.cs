namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// What a command hands on once its transaction has committed (a broadcast queued in version order): run by the
/// outermost <see cref="Commands.RunAsync{T}"/> right after the commit, dropped on a rollback. A command inside a
/// group (<see cref="CommandGroups"/>) registers its actions like any other; they run when the group commits.
/// </summary>
public abstract partial class AppDbContext
{
    private readonly List<Action> _afterCommit = [];

    /// <summary>The action must not throw and must not wait: the change is committed when it runs.</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    internal int AfterCommitCount => _afterCommit.Count;

    internal void DropAfterCommit(int from) => _afterCommit.RemoveRange(from, _afterCommit.Count - from);

    internal void RunAfterCommit()
    {
        var actions = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var action in actions) action();
    }
}
