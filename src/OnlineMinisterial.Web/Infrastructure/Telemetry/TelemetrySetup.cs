using OpenTelemetry.Metrics;

namespace OnlineMinisterial.Web.Infrastructure.Telemetry;

public static class TelemetrySetup
{
    /// <summary>The app's meters with ASP.NET Core's, Kestrel's, SignalR's transport and the runtime's; exported only when configured.</summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        if (!options.Enabled) return builder;
        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(AppMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                "Microsoft.AspNetCore.Http.Connections", "System.Runtime");
            if (options.Prometheus) metrics.AddPrometheusExporter();
            if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
                metrics.AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint));
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        if (options.Prometheus) app.MapPrometheusScrapingEndpoint(options.PrometheusPath).AllowAnonymous();
        return app;
    }
}
