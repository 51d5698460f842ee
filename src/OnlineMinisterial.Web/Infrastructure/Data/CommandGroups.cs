using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Telemetry;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// Group commit per aggregate (ADR 0053). Commands to one aggregate (a poll, a session's floor) queue on this node;
/// while one transaction runs, those that arrive wait, and the next transaction applies all of them, one after
/// another, each with its own version and audit entry, and commits once. Every caller is answered only after that
/// commit, so "acknowledged means committed" holds. A command refused by a rule refuses only itself; a group that
/// cannot commit together (a conflict, an unexpected error) is run again command by command, each alone.
/// A command alone never waits for company: the first one starts at once.
/// A group whose commands were all queued with <see cref="GroupSave.Once"/> is saved once, after its last command,
/// instead of after each (ADR 0062).
/// </summary>
public sealed class CommandGroups : IDisposable
{
    /// <summary>The most commands one transaction applies: a bound on how long its locks are held.</summary>
    public const int MaxGroupSize = 64;

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<CommandGroups> _logger;
    private readonly Dictionary<string, Queue<Pending>> _waiting = [];
    private readonly Dictionary<string, TaskCompletionSource> _idle = [];
    private readonly IDisposable _depth;
    private int _queued;

    public CommandGroups(IServiceScopeFactory scopes, ILogger<CommandGroups> logger)
    {
        (_scopes, _logger) = (scopes, logger);
        _depth = AppMetrics.ObserveQueue("commands", () => Volatile.Read(ref _queued));
    }

    /// <summary>
    /// Runs <paramref name="command"/> in a scope of its own, inside the group's transaction. It calls
    /// <see cref="Commands.RunAsync{T}"/> as it would alone (that call then joins the group's transaction) and must use
    /// the scope's services and the token it is given, never the caller's. <paramref name="ct"/> only stops waiting.
    /// </summary>
    public async Task<T> RunAsync<T>(string aggregate, Func<IServiceProvider, CancellationToken, Task<T>> command, CancellationToken ct,
        GroupSave save = GroupSave.PerCommand)
    {
        var item = new Pending(async (services, token) => await command(services, token), save);
        bool first;
        lock (_waiting)
        {
            first = !_waiting.TryGetValue(aggregate, out var queue);
            if (first) _waiting[aggregate] = queue = new Queue<Pending>();
            queue!.Enqueue(item);
            _queued++;
        }
        if (first) _ = Task.Run(() => DrainAsync(aggregate), CancellationToken.None);
        return (T)(await item.Done.Task.WaitAsync(ct))!;
    }

    /// <summary>
    /// Completes once no command to <paramref name="aggregate"/> is waiting or running on this node (at once when none
    /// is): what a broadcast waits for that would rather tell a burst's changes together (ADR 0063).
    /// </summary>
    public Task WhenIdle(string aggregate)
    {
        lock (_waiting)
        {
            if (!_waiting.ContainsKey(aggregate)) return Task.CompletedTask;
            if (!_idle.TryGetValue(aggregate, out var idle))
                _idle[aggregate] = idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return idle.Task;
        }
    }

    /// <summary>How many commands to <paramref name="aggregate"/> wait for their group on this node.</summary>
    internal int Waiting(string aggregate)
    {
        lock (_waiting) return _waiting.TryGetValue(aggregate, out var queue) ? queue.Count : 0;
    }

    private async Task DrainAsync(string aggregate)
    {
        while (true)
        {
            var group = new List<Pending>();
            lock (_waiting)
            {
                var queue = _waiting[aggregate];
                if (queue.Count == 0)
                {
                    _waiting.Remove(aggregate);
                    if (_idle.Remove(aggregate, out var idle)) idle.SetResult();
                    return;
                }
                while (queue.Count > 0 && group.Count < MaxGroupSize) group.Add(queue.Dequeue());
                _queued -= group.Count;
            }
            AppMetrics.CommandGroupSize.Record(group.Count, new KeyValuePair<string, object?>("aggregate", KindOf(aggregate)));
            if (group.Count > 1 && await TryTogetherAsync(aggregate, group)) continue;
            foreach (var item in group) await RunAloneAsync(item);
        }
    }

    // "poll:…" → "poll": the kind of aggregate, a bounded set for the metric's tag.
    private static string KindOf(string aggregate) => aggregate.Split(':', 2)[0];

    private async Task RunAloneAsync(Pending item)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            item.Done.TrySetResult(await item.Run(scope.ServiceProvider, CancellationToken.None));
        }
        catch (Exception e)
        {
            item.Done.TrySetException(e);
        }
    }

    private async Task<bool> TryTogetherAsync(string aggregate, List<Pending> group)
    {
        var outcomes = new (object? Value, Exception? Refusal)[group.Count];
        var once = group.TrueForAll(p => p.Save == GroupSave.Once);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.SavesDeferred = once;
            await db.RunAsync(async () =>
            {
                for (var i = 0; i < group.Count; i++)
                {
                    var registered = db.AfterCommitCount;
                    var added = once ? db.AddedCount() : 0;
                    try
                    {
                        outcomes[i] = (await group[i].Run(scope.ServiceProvider, CancellationToken.None), null);
                    }
                    // A rule refused it before it changed anything: it alone is refused, the others go on. A refusal that
                    // left changes behind, or a conflict, could leave the transaction in doubt: the group is run again alone.
                    catch (DomainException e) when (e.Code != ErrorCodes.VersionConflict && Unchanged(db, once, added))
                    {
                        db.DropAfterCommit(registered);
                        outcomes[i] = (null, e);
                    }
                }
                db.SavesDeferred = false;
            });
        }
        catch (Exception e)
        {
            _logger.LogInformation("{Count} commands on {Aggregate} could not commit together ({Reason}); each runs alone",
                group.Count, aggregate, e.Message);
            return false;
        }
        for (var i = 0; i < group.Count; i++)
        {
            if (outcomes[i].Refusal is { } refusal) group[i].Done.TrySetException(refusal);
            else group[i].Done.TrySetResult(outcomes[i].Value);
        }
        return true;
    }

    // Saved per command: nothing is waiting to be saved. Saved once: the group's earlier commands are, so a refusal must
    // not have added a row of its own (GroupSave.Once promises that its refusals come before any change; this checks it).
    private static bool Unchanged(AppDbContext db, bool once, int added) =>
        once ? db.AddedCount() == added : !db.ChangeTracker.HasChanges();

    public void Dispose() => _depth.Dispose();

    private sealed record Pending(Func<IServiceProvider, CancellationToken, Task<object?>> Run, GroupSave Save)
    {
        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>How a group of commands is saved (<see cref="CommandGroups"/>).</summary>
public enum GroupSave
{
    /// <summary>Each command's changes are saved before the next runs: it may read what the earlier ones wrote.</summary>
    PerCommand,

    /// <summary>
    /// The group is saved once, after its last command. For commands that read what earlier commands of their group
    /// changed only through the aggregate the group holds in memory, and whose refusals come before any change.
    /// </summary>
    Once,
}
