using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>Bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string for the chosen provider; for SQLite it defaults to a file in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the embedded database files (relative paths are under the content root).</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// At most this many database connections are open at once on this node; more work waits its turn in the
    /// process (<see cref="DatabaseWorkGate"/>). Keep it below the provider's pool size (PostgreSQL's
    /// <c>Max Pool Size</c>, 100 by default), leaving room for Hangfire.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxConcurrentWork { get; set; } = 32;

    /// <summary>How long a piece of work waits for its turn before it goes ahead anyway (the pool is then the limit).</summary>
    [Range(1, 3600)]
    public int WorkQueueSeconds { get; set; } = 30;
}
