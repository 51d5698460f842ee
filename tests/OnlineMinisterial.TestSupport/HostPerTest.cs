using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// Base for test classes that need their own host over their own throwaway database (xunit creates the class,
/// so every test gets a fresh one and no test sees another's data).
/// </summary>
public abstract class HostPerTest(DatabaseProvider provider = DatabaseProvider.Sqlite) : Xunit.IAsyncLifetime
{
    private TestDatabase? _db;

    protected AppHost Host { get; private set; } = null!;

    protected TestDatabase Database => _db!;

    /// <summary>Configuration the test class wants on top of the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        Host = new AppHost(_db, Settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _db!.DisposeAsync();
    }
}
