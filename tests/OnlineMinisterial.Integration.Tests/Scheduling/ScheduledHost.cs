using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>One SQLite host that executes transitions (Hangfire server and timer on), reminding one minute ahead.</summary>
public sealed class ScheduledHost : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public AppHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        Host = new AppHost(_db, HangfireServers.Settings(reminderMinutes: 1));
        _ = Host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _db.DisposeAsync();
    }
}
