namespace OnlineMinisterial.Web.Features.Presence;

public static class PresenceSetup
{
    public static IHostApplicationBuilder AddPresence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PresenceOptions>().Bind(builder.Configuration.GetSection(PresenceOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NodeIdentity>();
        builder.Services.AddSingleton<PresenceSnapshotCache>();
        builder.Services.AddScoped<PresenceTracker>();
        builder.Services.AddScoped<Conference.SeatService>();
        builder.Services.AddHostedService<NodeHeartbeat>();
        // After the heartbeat: hosted services stop in reverse order, so the queue stops before the node removes
        // all its connections in one change.
        builder.Services.AddSingleton<PresenceBatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PresenceBatcher>());
        return builder;
    }

    public static IEndpointRouteBuilder MapPresence(this IEndpointRouteBuilder app)
    {
        app.MapHub<ConferenceHub>(ConferenceHub.Path);
        return app;
    }
}
