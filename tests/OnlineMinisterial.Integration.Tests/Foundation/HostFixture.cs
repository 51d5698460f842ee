using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>One SQLite-backed host shared by tests that only read, or that change nothing the others look at.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public AppHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        Host = new AppHost(_db);
        _ = Host.Server; // start now, so the first test does not pay for it alone
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _db.DisposeAsync();
    }
}
