using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Demo;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>
/// A crowd arriving at once on PostgreSQL with the default pool of 100 database connections: presence is written in
/// batches per node, so no connection is refused for lack of a database connection and no delegation looks absent.
/// </summary>
public sealed class PresenceCrowdPostgres() : HostPerTest(DatabaseProvider.Postgres)
{
    private const int Crowd = 2000;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // The test command's server string sets a smaller pool; this test is about the default one.
        ["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = 100 }.ConnectionString,
    };

    [Fact]
    public async Task TwoThousandConnectAtOnce_AllAccepted_EveryDelegationWithAMemberConnectedIsPresent()
    {
        var codes = DemoDelegations.All.Select(d => d.Code).ToList();
        var heads = await Task.WhenAll(codes.Select(code => Host.SignInAsync(DemoLogins.Head(code))));
        var closed = 0;
        var connections = new List<HubConnection>();
        try
        {
            // Two hundred handshakes in flight at once (twice the pool), spread over the sixty heads. Many more at once
            // on a busy machine lets negotiated connections expire before their WebSocket arrives (404), a client-side
            // artefact unrelated to presence.
            using var gate = new SemaphoreSlim(200);
            await Task.WhenAll(Enumerable.Range(0, Crowd).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var connection = heads[i % heads.Length].BuildConnection();
                    connection.Closed += _ => { Interlocked.Increment(ref closed); return Task.CompletedTask; };
                    await connection.StartAsync();
                    lock (connections) connections.Add(connection);
                }
                finally
                {
                    gate.Release();
                }
            }));
            Assert.Equal(Crowd, connections.Count);

            var rows = 0;
            for (var attempt = 0; attempt < 600 && rows < Crowd; attempt++)
            {
                if (attempt > 0) await Task.Delay(100);
                rows = await Host.WithDbAsync(db => db.PresenceConnections.CountAsync());
            }
            Assert.Equal(Crowd, rows);
            Assert.Equal(0, Volatile.Read(ref closed));

            var snapshot = await connections[0].InvokeAsync<PresenceSnapshot>("GetPresence");
            Assert.Equal(codes.Count, snapshot.Delegations.Count);
            Assert.All(snapshot.Delegations, d => Assert.True(d.Present && d.PresentCount == 1, $"delegation {d.DelegationId}: {d.PresentCount}"));
            Assert.Equal(codes.Count, snapshot.People.Count);
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
            foreach (var head in heads) await head.DisposeAsync();
        }
    }
}
