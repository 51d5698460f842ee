namespace OnlineMinisterial.Web.Features.Presence;

public static class PresenceSetup
{
    public static IHostApplicationBuilder AddPresence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PresenceOptions>().Bind(builder.Configuration.GetSection(PresenceOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NodeIdentity>();
        builder.Services.AddScoped<PresenceTracker>();
        builder.Services.AddScoped<Conference.SeatService>();
        builder.Services.AddHostedService<NodeHeartbeat>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPresence(this IEndpointRouteBuilder app)
    {
        app.MapHub<ConferenceHub>(ConferenceHub.Path);
        return app;
    }
}
