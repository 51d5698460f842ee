using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Failed sign-ins to one account from a device it signed in on before: limited per account and device, never a
/// lockout (ADR 0019). A guesser elsewhere cannot spend this device's attempts.
/// </summary>
internal sealed class TrustedDeviceThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.TrustedDeviceFailuresPerWindow,
            Window = TimeSpan.FromMinutes(options.Value.TrustedDeviceWindowMinutes),
            QueueLimit = 0,
        }));

    /// <summary>Null if another attempt may be made now; otherwise how long to wait.</summary>
    public TimeSpan? RetryAfter(string personId, string deviceId)
    {
        using var lease = _limiter.AttemptAcquire($"{personId}|{deviceId}", permitCount: 0);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(options.Value.TrustedDeviceWindowMinutes);
    }

    public void Failed(string personId, string deviceId)
    {
        using var _ = _limiter.AttemptAcquire($"{personId}|{deviceId}");
    }

    public void Dispose() => _limiter.Dispose();
}
