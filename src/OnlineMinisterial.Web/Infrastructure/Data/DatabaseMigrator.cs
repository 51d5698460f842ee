using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// Brings the database to the current model before the app serves requests (hosted services start before
/// Kestrel listens), then lets the startup tasks that need data run (the demo seed).
/// </summary>
internal sealed class DatabaseMigrator(IServiceProvider services, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while one writer commits: live snapshots keep flowing during votes.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        if (options.Value.MigrateOnStartup)
        {
            logger.LogInformation("Applying migrations for {Provider}", options.Value.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }
        foreach (var task in scope.ServiceProvider.GetServices<IStartupDataTask>())
            await task.RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Work that needs a migrated database at start-up, such as seeding the demo conference.</summary>
public interface IStartupDataTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
