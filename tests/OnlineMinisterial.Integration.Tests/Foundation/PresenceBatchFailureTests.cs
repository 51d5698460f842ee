using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>One arrival that cannot be written (its connection id is taken) fails alone: the crowd it came with is written.</summary>
public sealed class PresenceBatchFailureTests : HostPerTest
{
    private const int Crowd = 40;

    [Fact]
    public async Task AnArrivalThatCannotBeWritten_FailsAlone_TheOthersInItsBatchAreWritten()
    {
        var batcher = Host.Services.GetRequiredService<PresenceBatcher>();
        var node = Host.Services.GetRequiredService<NodeIdentity>().Id;
        var people = await Host.WithDbAsync(db => db.Users.Where(u => u.DelegationId != null).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DelegationId, u.DisplayName }).Take(Crowd).ToListAsync());
        Assert.Equal(Crowd, people.Count);
        PresenceConnection Row(string connectionId, int i) => new()
        {
            ConnectionId = connectionId, PersonId = people[i].Id, DelegationId = people[i].DelegationId, NodeId = node, ConnectedAt = DateTimeOffset.UtcNow,
        };
        await batcher.ArrivedAsync(Row("taken", 0), people[0].DisplayName);

        // Queued together, so they are flushed together: the second "taken" breaks the batch's transaction.
        var arrivals = people.Select((p, i) => batcher.ArrivedAsync(Row(i == Crowd / 2 ? "taken" : $"crowd-{i}", i), p.DisplayName)).ToList();
        var outcomes = await Task.WhenAll(arrivals.Select(async a => { try { await a; return true; } catch (Exception) { return false; } }));

        Assert.Equal(Crowd - 1, outcomes.Count(ok => ok));
        Assert.False(outcomes[Crowd / 2]);
        var written = await Host.WithDbAsync(db => db.PresenceConnections.Where(c => c.ConnectionId.StartsWith("crowd-")).CountAsync());
        Assert.Equal(Crowd - 1, written);
    }
}
