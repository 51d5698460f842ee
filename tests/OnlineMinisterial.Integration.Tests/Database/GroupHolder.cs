using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Database;

/// <summary>
/// Holds an aggregate's command group with a command that waits, as a slow first transaction would: the commands sent
/// meanwhile queue (<see cref="CommandGroups.Waiting"/>) and run together as the next group once it is released.
/// </summary>
internal sealed class GroupHolder
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task<int> _held = Task.FromResult(0);

    /// <summary>Returns once the holding command runs: it is no longer among those waiting, and the next ones queue behind it.</summary>
    public static async Task<GroupHolder> HoldAsync(CommandGroups groups, string aggregate)
    {
        var holder = new GroupHolder();
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        holder._held = groups.RunAsync(aggregate, async (_, _) =>
        {
            running.SetResult();
            await holder._release.Task;
            return 0;
        }, CancellationToken.None);
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return holder;
    }

    public async Task ReleaseAsync()
    {
        _release.SetResult();
        await _held;
    }
}
