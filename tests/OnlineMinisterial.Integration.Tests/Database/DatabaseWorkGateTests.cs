using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Database;

/// <summary>
/// The cap on concurrent database work per node (ADR 0056): more work than the cap waits its turn and succeeds;
/// never more than the cap holds a database connection at once.
/// </summary>
public abstract class DatabaseWorkGateTests(DatabaseProvider provider) : HostPerTest(provider)
{
    private const int Cap = 3;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:MaxConcurrentWork"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Database:WorkQueueSeconds"] = "600",   // nothing here may go ahead past its patience
            };
            // A pool just above the cap, whose own wait gives up after a second: without the cap the crowd below
            // would be refused by the pool.
            if (Database.Provider == DatabaseProvider.Postgres)
                settings["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = Cap + 2, Timeout = 1 }.ConnectionString;
            return settings;
        }
    }

    [Fact]
    public async Task HeldConnections_BeyondTheCap_WaitTheirTurn_AndAllOpenOnceOthersClose()
    {
        var gate = Host.Services.GetRequiredService<DatabaseWorkGate>();
        const int Holders = Cap * 4;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opened = 0;
        var holders = Enumerable.Range(0, Holders).Select(_ => Task.Run(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            Interlocked.Increment(ref opened);
            await release.Task;
            var count = await db.Sessions.CountAsync();
            await db.Database.CloseConnectionAsync();
            return count;
        })).ToList();

        await Agenda.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref opened) == Cap && gate.Waiting >= Holders - Cap),
            TimeSpan.FromSeconds(30), $"{Cap} open and the rest waiting");
        Assert.Equal(Cap, Volatile.Read(ref opened));
        Assert.All(holders, h => Assert.False(h.IsCompleted));

        release.SetResult();
        var counts = await Task.WhenAll(holders);

        Assert.All(counts, c => Assert.True(c > 0));
        Assert.True(gate.HighWater <= Cap, $"{gate.HighWater} connections were open at once (cap {Cap})");
        // The host's own background work (presence, the node's heartbeat) may have queued behind the holders too;
        // it gets its turn now that they have closed, and nothing is left waiting.
        await Agenda.EventuallyAsync(() => Task.FromResult(gate.Waiting == 0), TimeSpan.FromSeconds(10), "nothing left waiting");
    }

    [Fact]
    public async Task ACrowdOfHubCalls_TwentyTimesTheCap_AllSucceed_NeverMoreThanTheCapAtOnce()
    {
        var gate = Host.Services.GetRequiredService<DatabaseWorkGate>();
        var live = await Host.WithDbAsync(d => d.Sessions.Where(s => s.State == SessionState.Live).Select(s => s.Id).SingleAsync());
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var connections = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => observer.ConnectAsync(FloorClient.HubPath)));
        try
        {
            var snapshots = await Task.WhenAll(Enumerable.Range(0, Cap * 20).Select(i =>
                connections[i % connections.Length].InvokeAsync<FloorSnapshot>(i % 2 == 0 ? "JoinSession" : "GetFloor", live)));

            Assert.All(snapshots, s => Assert.Equal(live, s.SessionId));
            Assert.True(gate.HighWater <= Cap, $"{gate.HighWater} connections were open at once (cap {Cap})");
        }
        finally
        {
            foreach (var c in connections) await c.DisposeAsync();
        }
    }
}

public sealed class DatabaseWorkGateSqlite() : DatabaseWorkGateTests(DatabaseProvider.Sqlite);

public sealed class DatabaseWorkGatePostgres() : DatabaseWorkGateTests(DatabaseProvider.Postgres);
