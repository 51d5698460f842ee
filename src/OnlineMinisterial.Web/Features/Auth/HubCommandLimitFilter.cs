using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Hub commands per connection (<see cref="RateLimitOptions.HubCommandsPerSecond"/>, with a burst): beyond it a call
/// is refused with <c>request.rate_limited</c> and when to retry, and changes nothing.
/// </summary>
internal sealed class HubCommandLimitFilter(IOptions<RateLimitOptions> options) : IHubFilter
{
    private static readonly object Key = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (context.Context.Items.TryGetValue(Key, out var value) && value is RateLimiter limiter)
        {
            using var lease = limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                throw new DomainException(ErrorCodes.RateLimited, RateLimitPolicies.RetryMessage(retry)) { Kind = ErrorKind.TooManyRequests };
            }
        }
        return await next(context);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var limits = options.Value;
        context.Context.Items[Key] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.HubCommandBurst, TokensPerPeriod = limits.HubCommandsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true,
        });
        return next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(Key, out var value) && value is RateLimiter limiter) await limiter.DisposeAsync();
        await next(context, exception);
    }
}
