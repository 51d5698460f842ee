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
}
