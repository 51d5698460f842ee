using Microsoft.Extensions.Diagnostics.HealthChecks;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Infrastructure.Health;

internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
