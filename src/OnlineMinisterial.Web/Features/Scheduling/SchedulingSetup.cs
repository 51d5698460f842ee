using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

public static class SchedulingSetup
{
    /// <summary>Hangfire with storage that follows the database provider: a SQLite file, or the app's server database.</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().Bind(builder.Configuration.GetSection(SchedulingOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var scheduling = builder.Configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        var poll = TimeSpan.FromMilliseconds(scheduling.PollingIntervalMilliseconds);

        builder.Services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    config.UseSQLiteStorage(Path.Combine(DatabaseSetup.DataFolderPath(database, contentRoot), "hangfire.db"),
                        new SQLiteStorageOptions { QueuePollInterval = poll });
                    break;
                case DatabaseProvider.Postgres:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = poll, PrepareSchemaIfNecessary = true });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(database.ConnectionString,
                        new SqlServerStorageOptions { SchemaName = "hangfire", QueuePollInterval = poll, PrepareSchemaIfNecessary = true });
                    break;
            }
        });
        if (scheduling.RunServer)
            builder.Services.AddHangfireServer((services, o) =>
            {
                o.SchedulePollingInterval = poll;
                o.WorkerCount = scheduling.WorkerCount;
                o.ServerName = services.GetRequiredService<NodeIdentity>().Id;
            });
        return builder;
    }

    public static IEndpointRouteBuilder MapScheduling(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new SecretariatDashboardFilter()],
            DashboardTitle = "OnlineMinisterial: scheduled transitions",
            AppPath = "/",
        }).RequireAuthorization(AuthSetup.SecretariatPolicy);
        return app;
    }
}
