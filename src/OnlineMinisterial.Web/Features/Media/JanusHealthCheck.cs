using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>Janus not answering degrades the host, it does not fail it: the floor, votes and panels go on without media.</summary>
internal sealed class JanusHealthCheck(JanusClient janus) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await janus.AnswersAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("Janus answered, but not as Janus.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return HealthCheckResult.Degraded("Janus does not answer: audio and video are unavailable.");
        }
    }
}
