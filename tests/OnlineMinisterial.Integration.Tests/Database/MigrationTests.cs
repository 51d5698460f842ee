using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Demo;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Database;

/// <summary>Migrations applied to real databases, and the demo seed run twice, for each provider an engine runs for here.</summary>
public abstract class MigrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost _host = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        _host = new AppHost(_db);
        _ = _host.Services; // starts the host: migrations and the seed run now
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task StartUp_AppliesEveryMigration_AndTheModelHasNoPendingChanges()
    {
        await _host.WithDbAsync(async db =>
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
            Assert.Equal(provider switch
            {
                DatabaseProvider.Sqlite => "Microsoft.EntityFrameworkCore.Sqlite",
                _ => "Npgsql.EntityFrameworkCore.PostgreSQL",
            }, db.Database.ProviderName);
            return true;
        });
    }

    [Fact]
    public async Task DemoSeed_RunTwice_LeavesExactlyOneOfEverything()
    {
        async Task<(int delegations, int people, int sessions, int conferences)> CountAsync() => await _host.WithDbAsync(async db =>
            (await db.Delegations.CountAsync(), await db.Users.CountAsync(), await db.Sessions.CountAsync(), await db.Conferences.CountAsync()));

        var first = await CountAsync();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            foreach (var task in scope.ServiceProvider.GetServices<IStartupDataTask>())
                await task.RunAsync(CancellationToken.None);
        }
        var second = await CountAsync();

        Assert.Equal(60, first.delegations);
        Assert.Equal(5, first.sessions);
        Assert.Equal(1, first.conferences);
        Assert.Equal(first, second);
        Assert.True(await _host.WithDbAsync(db => db.Delegations.AllAsync(d => d.SeatHolderId != null)));
        Assert.Equal(DemoSeeder.Title, await _host.WithDbAsync(db => db.Conferences.Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task TheSameHostRestartedOnTheDatabase_KeepsTheData()
    {
        var kaz = await _host.WithDbAsync(db => db.Delegations.Where(d => d.Code == "KAZ").Select(d => d.Id).SingleAsync());
        await _host.DisposeAsync();
        _host = new AppHost(_db);
        Assert.Equal(kaz, await _host.WithDbAsync(db => db.Delegations.Where(d => d.Code == "KAZ").Select(d => d.Id).SingleAsync()));
        Assert.Equal(60, await _host.WithDbAsync(db => db.Delegations.CountAsync()));
    }
}

public sealed class MigrationTestsSqlite() : MigrationTests(DatabaseProvider.Sqlite);

public sealed class MigrationTestsPostgres() : MigrationTests(DatabaseProvider.Postgres);
