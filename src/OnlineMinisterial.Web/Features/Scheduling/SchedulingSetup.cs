using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Scheduling;

public static class SchedulingSetup
{
    /// <summary>
    /// Scheduled transitions (ADR 0012): stored in the app's database, run by a precise in-process timer and by
    /// Hangfire, whose storage follows the database provider (a SQLite file, or the app's server database).
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().Bind(builder.Configuration.GetSection(SchedulingOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var scheduling = builder.Configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        var poll = TimeSpan.FromMilliseconds(scheduling.PollingIntervalMilliseconds);

        // This host's own storage and job activator, registered before AddHangfire (which only adds them if missing):
        // Hangfire's defaults are process-wide statics, and several hosts in one process (tests) would share them.
        builder.Services.AddSingleton(_ => CreateStorage(database, contentRoot, poll));
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddSingleton<HangfireLogAttachment>();
        builder.Services.AddHangfire((services, config) => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseLogProvider(Attached(services))
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(services.GetRequiredService<JobStorage>()));
        if (scheduling.RunServer)
            builder.Services.AddHangfireServer((services, o) =>
            {
                o.SchedulePollingInterval = poll;
                o.WorkerCount = scheduling.WorkerCount;
                o.ServerName = services.GetRequiredService<NodeIdentity>().Id;
            });

        builder.Services.AddScoped<TransitionPlanner>();
        builder.Services.AddScoped<TransitionExecutor>();
        builder.Services.AddScoped<TransitionJobs>();
        builder.Services.AddScoped<TransitionJob>();
        builder.Services.AddSingleton<TransitionTimer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TransitionTimer>());
        builder.Services.AddSingleton<TransitionReconciler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TransitionReconciler>());
        return builder;
    }

    /// <summary>Hangfire's log provider is process-wide: this host joins the bridge rather than replacing it.</summary>
    private static HangfireLogBridge Attached(IServiceProvider services)
    {
        services.GetRequiredService<HangfireLogAttachment>();
        return HangfireLogBridge.Instance;
    }

    private static JobStorage CreateStorage(DatabaseOptions database, string contentRoot, TimeSpan poll) => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SQLiteStorage(Path.Combine(DatabaseSetup.DataFolderPath(database, contentRoot), "hangfire.db"),
            new SQLiteStorageOptions { QueuePollInterval = poll }),
        // Hangfire.PostgreSql builds its connection factory only through this extension; Entry is the storage it made.
        DatabaseProvider.Postgres => GlobalConfiguration.Configuration.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString!),
            new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = poll, PrepareSchemaIfNecessary = true }).Entry,
        DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString!,
            new SqlServerStorageOptions { SchemaName = "hangfire", QueuePollInterval = poll, PrepareSchemaIfNecessary = true }),
        _ => throw new InvalidOperationException($"No Hangfire storage for {database.Provider}."),
    };

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
