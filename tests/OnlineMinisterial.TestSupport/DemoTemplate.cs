using Microsoft.Data.Sqlite;
using Npgsql;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// A database migrated and seeded with the demo's delegations and accounts, made once per test process and
/// provider, then copied into each test's fresh database (a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c>
/// on PostgreSQL). The host still runs its demo seed over the copy: it finds the accounts and schedules the agenda,
/// whose times are relative to that host's clock. A new day in the demo's time zone makes a new template, since the
/// conference's dates are the day it was seeded.
/// </summary>
internal static class DemoTemplate
{
    private const string DemoZone = "America/New_York";
    private static readonly Lock Gate = new();
    private static readonly Dictionary<DatabaseProvider, (DateOnly Day, TestDatabase Database)> Made = [];

    /// <summary>Whether a host with these settings may start from the template: none of them changes what the seed writes.</summary>
    public static bool Suits(IReadOnlyDictionary<string, string?> settings) =>
        !settings.Keys.Any(k => k.StartsWith("Demo:", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Database:", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("DataProtection:", StringComparison.OrdinalIgnoreCase));

    public static void CopyInto(TestDatabase target)
    {
        var template = For(target.Provider);
        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                File.Copy(SqliteFile(template), SqliteFile(target));
                break;
            case DatabaseProvider.Postgres:
                using (var connection = new NpgsqlConnection(TestDatabase.PostgresAdminConnectionString()))
                {
                    connection.Open();
                    Execute(connection, $"DROP DATABASE IF EXISTS \"{target.PostgresName}\" WITH (FORCE)");
                    Execute(connection, $"CREATE DATABASE \"{target.PostgresName}\" TEMPLATE \"{template.PostgresName}\"");
                }
                break;
            default:
                throw new NotSupportedException($"No template for {target.Provider}.");
        }
    }

    private static TestDatabase For(DatabaseProvider provider)
    {
        lock (Gate)
        {
            var today = Today();
            if (Made.TryGetValue(provider, out var made) && made.Day == today) return made.Database;
            var database = Build(provider);
            Made[provider] = (today, database);
            return database;
        }
    }

    private static TestDatabase Build(DatabaseProvider provider)
    {
        var database = TestDatabase.CreateAsync(provider).GetAwaiter().GetResult();
        database.MarkUsed();
        using (var host = new AppHost(database, new Dictionary<string, string?> { ["Demo:Agenda"] = "false" }))
            _ = host.Server;
        // What a running node leaves behind is not part of the demo.
        var forget = "DELETE FROM \"PresenceConnections\"; DELETE FROM \"ServerNodes\";";
        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            using var connection = new SqliteConnection($"Data Source={SqliteFile(database)};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            // One self-contained file to copy: the write-ahead log folded in.
            command.CommandText = forget + "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            command.ExecuteNonQuery();
        }
        else
        {
            using (var connection = new NpgsqlConnection(database.ConnectionString))
            {
                connection.Open();
                Execute(connection, forget);
            }
            NpgsqlConnection.ClearAllPools(); // a template must have no connection while it is copied
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return database;
    }

    private static string SqliteFile(TestDatabase database) => Path.Combine(database.DataFolder, "onlineministerial.db");

    // The day as the demo's seed reckons it (DemoSeeder: HostTime.ToLocal in the host's zone).
    private static DateOnly Today() => DateOnly.FromDateTime(HostTime.ToLocal(DateTimeOffset.UtcNow, DemoZone));

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
