using Npgsql;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// A throwaway database for one test host: a SQLite folder, or a fresh database on the test PostgreSQL server
/// (the test command starts that server and passes it in <see cref="PostgresVariable"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ONLINEMINISTERIAL_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string dataFolder, string? connectionString, string? postgresName)
    {
        Provider = provider;
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    private readonly string? _postgresName;

    public DatabaseProvider Provider { get; }
    public string DataFolder { get; }
    public string? ConnectionString { get; }

    internal string? PostgresName => _postgresName;

    // No host has started over it yet: the first may fill it from DemoTemplate.
    private bool _fresh = true;
    private bool _fromTemplate = true;

    internal void MarkUsed() => _fresh = false;

    /// <summary>
    /// Before the first host (in this process or another) starts over it: copies the seeded <see cref="DemoTemplate"/>
    /// in when the host's settings leave the seed as it is; later hosts find what the first left.
    /// </summary>
    public void PrepareFor(IReadOnlyDictionary<string, string?> settings)
    {
        if (_fresh && _fromTemplate && DemoTemplate.Suits(settings)) DemoTemplate.CopyInto(this);
        _fresh = false;
    }

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Task.FromResult(Sqlite()),
        DatabaseProvider.Postgres => PostgresAsync(),
        _ => throw new NotSupportedException($"No {provider} engine runs on the test machines."),
    };

    public static TestDatabase Sqlite() => new(DatabaseProvider.Sqlite, NewFolder(), null, null);

    /// <summary>A SQLite database its first host migrates and seeds itself, for tests of what a first start does.</summary>
    public static TestDatabase SqliteFirstStart() => new(DatabaseProvider.Sqlite, NewFolder(), null, null) { _fromTemplate = false };

    public static async Task<TestDatabase> PostgresAsync()
    {
        var admin = PostgresAdminConnectionString();
        var name = $"om_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, NewFolder(), connectionString, name);
    }

    /// <summary>The server's admin connection string. Missing is a failure, never a skip: CI must run these tests.</summary>
    public static string PostgresAdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL server.");

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresAdminConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file may still be held by a pool for a moment; the temp folder is cleaned by the system.
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "onlineministerial-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
