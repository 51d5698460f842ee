using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Voting;

/// <summary>
/// A fresh app and database per test, with a clock the test can move forward for deadlines. SQLite unless a
/// subclass passes another database.
/// </summary>
public abstract class VotingHostTest(Func<Task<TestDatabase>>? database = null) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    internal AppHost Host { get; private set; } = null!;
    internal VotingKit Kit { get; private set; } = null!;
    internal ShiftedClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        _db = database is null ? TestDatabase.Sqlite() : await database();
        Host = new AppHost(_db, services: s => s.AddSingleton<TimeProvider>(Clock));
        Kit = new VotingKit(Host);
    }

    public async Task DisposeAsync()
    {
        await Kit.DisposeAsync();
        await Host.DisposeAsync();
        await _db.DisposeAsync();
    }
}
