using Microsoft.EntityFrameworkCore;

namespace OnlineMinisterial.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    /// <summary>Registers the <see cref="AppDbContext"/> for the provider chosen by <c>Database:Provider</c>.</summary>
    public static IHostApplicationBuilder AddAppDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required for PostgreSQL and SQL Server.")
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStringFor(options, builder.Environment.ContentRootPath);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqliteSecureDelete()));
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<AppDbContext, SqlServerAppDbContext>(o => o.UseSqlServer(connectionString));
                break;
        }
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    public static string DataFolderPath(DatabaseOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataFolder));

    public static string ConnectionStringFor(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString)) return options.ConnectionString;
        if (options.Provider != DatabaseProvider.Sqlite) return "";
        var folder = DataFolderPath(options, contentRoot);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "onlineministerial.db")}";
    }
}
