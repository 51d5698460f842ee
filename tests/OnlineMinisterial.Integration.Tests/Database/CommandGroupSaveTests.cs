using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Database;

/// <summary>
/// How a group of commands is saved (ADR 0062). A first command holds the aggregate's transaction until released, so
/// the commands sent meanwhile arrive together and run as the next group. Each records one audit entry and reports how
/// many entries of the group it could read in the database before it did: per command, each finds those before it
/// saved; saved once, none does, and all are written by the group's one save, linked into the chain in their order.
/// </summary>
public sealed class CommandGroupSaveTests : HostPerTest
{
    private const int Count = 6;
    private readonly string _subject = $"group-test-{Guid.NewGuid():N}-";

    [Fact]
    public async Task PerCommand_EachFindsTheEarlierOnesSaved()
    {
        var outcomes = await GroupAsync(GroupSave.PerCommand);
        Assert.Equal(Enumerable.Range(0, Count), outcomes.Select(o => o.Seen));
        await AssertChainedInOrderAsync(Enumerable.Range(0, Count));
    }

    [Fact]
    public async Task Once_NothingIsSavedUntilTheLastCommand_ThenAllAreLinkedInTheirOrder()
    {
        var outcomes = await GroupAsync(GroupSave.Once);
        Assert.All(outcomes, o => Assert.Equal(0, o.Seen));
        await AssertChainedInOrderAsync(Enumerable.Range(0, Count));
    }

    [Fact]
    public async Task Once_ARefusalBeforeAnyChange_RefusesOnlyItself_TheOthersAreSavedTogether()
    {
        var outcomes = await GroupAsync(GroupSave.Once, refuse: 2, refuseAfterChanging: false);
        Assert.Equal(ErrorCodes.InvalidArgument, outcomes[2].Refusal);
        Assert.All(outcomes.Where((_, i) => i != 2), o => Assert.Equal((0, (string?)null), (o.Seen, o.Refusal)));
        await AssertChainedInOrderAsync(Enumerable.Range(0, Count).Where(i => i != 2));
    }

    [Fact]
    public async Task Once_ARefusalThatLeftARowBehind_PutsTheGroupInDoubt_EachRunsAgainAlone()
    {
        var outcomes = await GroupAsync(GroupSave.Once, refuse: 2, refuseAfterChanging: true);
        Assert.Equal(ErrorCodes.InvalidArgument, outcomes[2].Refusal);
        // Alone, each command commits before the next: those after the refused one find the earlier ones saved,
        // and the refused one's row is nowhere (-1: refused).
        Assert.Equal([0, 1, -1, 2, 3, 4], outcomes.Select(o => o.Seen));
        await AssertChainedInOrderAsync(Enumerable.Range(0, Count).Where(i => i != 2));
    }

    private async Task<List<(int Seen, string? Refusal)>> GroupAsync(GroupSave save, int refuse = -1, bool refuseAfterChanging = false)
    {
        var groups = Host.Services.GetRequiredService<CommandGroups>();
        var aggregate = $"test:{Guid.NewGuid()}";
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = groups.RunAsync(aggregate, async (services, _) =>
        {
            started.SetResult();
            await release.Task;
            return 0;
        }, CancellationToken.None, save);
        await started.Task;
        var commands = Enumerable.Range(0, Count).Select(i => OutcomeAsync(groups.RunAsync(aggregate, (services, token) =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            return db.RunAsync(async () =>
            {
                var seen = await db.AuditEntries.AsNoTracking().CountAsync(e => e.SubjectId.StartsWith(_subject), token);
                if (i == refuse && !refuseAfterChanging) throw new DomainException(ErrorCodes.InvalidArgument, "Refused before any change.");
                services.GetRequiredService<AuditLog>().Record(db, Actor.System, "test.step", "GroupTest", $"{_subject}{i}");
                if (i == refuse) throw new DomainException(ErrorCodes.InvalidArgument, "Refused after a change.");
                return seen;
            }, token);
        }, CancellationToken.None, save))).ToList();
        release.SetResult();
        await holder;
        return [.. await Task.WhenAll(commands)];
    }

    private static async Task<(int Seen, string? Refusal)> OutcomeAsync(Task<int> command)
    {
        try
        {
            return (await command, null);
        }
        catch (DomainException e)
        {
            return (-1, e.Code);
        }
    }

    private async Task AssertChainedInOrderAsync(IEnumerable<int> expected)
    {
        var (subjects, verification) = await Host.WithDbAsync(async db => (
            await db.AuditEntries.Where(e => e.SubjectId.StartsWith(_subject)).OrderBy(e => e.Sequence).Select(e => e.SubjectId).ToListAsync(),
            await new AuditVerifier(db).VerifyAsync()));
        Assert.Equal(expected.Select(i => $"{_subject}{i}"), subjects);
        Assert.True(verification.Intact);
    }
}
