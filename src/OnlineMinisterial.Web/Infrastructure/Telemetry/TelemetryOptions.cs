namespace OnlineMinisterial.Web.Infrastructure.Telemetry;

/// <summary>Metrics export (docs/metrics.md): off unless one of these is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve the meters in Prometheus' text format at <see cref="PrometheusPath"/> (no sign-in: keep it internal).</summary>
    public bool Prometheus { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>Push the meters over OTLP to this collector (e.g. <c>http://collector:4317</c>).</summary>
    public string? OtlpEndpoint { get; set; }

    public bool Enabled => Prometheus || !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
