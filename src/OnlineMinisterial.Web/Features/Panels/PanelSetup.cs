namespace OnlineMinisterial.Web.Features.Panels;

public static class PanelSetup
{
    public static IHostApplicationBuilder AddPanels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PanelOptions>().Bind(builder.Configuration.GetSection(PanelOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PanelService>();
        builder.Services.AddScoped<PanelReader>();
        builder.Services.AddScoped<PanelGuestService>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPanels(this IEndpointRouteBuilder app)
    {
        app.MapHub<PanelHub>(PanelHub.Path);
        app.MapPanelEndpoints();
        return app;
    }
}
