using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
            .Validate(o => o.Provider != DatabaseProvider.Postgres || o.MaxConcurrentWork < PoolSize(o.ConnectionString),
                "Database:MaxConcurrentWork must be below the connection string's Max Pool Size.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DatabaseWorkGate>();

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStringFor(options, builder.Environment.ContentRootPath);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(new SqliteSecureDelete(), new ColumnLengthGuard(), Gate(sp)).ConfigureWarnings(RefusalsAsInformation),
                    ServiceLifetime.Scoped, ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(new ColumnLengthGuard(), Gate(sp)).ConfigureWarnings(RefusalsAsInformation),
                    ServiceLifetime.Scoped, ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, o) => o.UseSqlServer(connectionString).AddInterceptors(new ColumnLengthGuard(), Gate(sp)).ConfigureWarnings(RefusalsAsInformation),
                    ServiceLifetime.Scoped, ServiceLifetime.Singleton);
                break;
        }
        builder.Services.AddSingleton<CommandGroups>();   // group commit per aggregate (ADR 0053)
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    private static DatabaseWorkGate Gate(IServiceProvider services) => services.GetRequiredService<DatabaseWorkGate>();

    private static int PoolSize(string? connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString ?? "").MaxPoolSize;

    /// <summary>
    /// A write refused by a unique index is answered as a conflict (<see cref="UniqueViolation"/>) and logged as a
    /// refusal; EF's own lines for it would be Errors with a stack trace. A failure that is not a conflict still
    /// reaches the exception handler, which logs it as an Error once.
    /// </summary>
    private static void RefusalsAsInformation(WarningsConfigurationBuilder w) =>
        w.Log((CoreEventId.SaveChangesFailed, LogLevel.Information), (RelationalEventId.CommandError, LogLevel.Information));

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
