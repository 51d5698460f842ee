using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Hub commands per connection (<see cref="RateLimitOptions.HubCommandsPerSecond"/>, with a burst): beyond it a call
/// is refused with <c>request.rate_limited</c> and when to retry, and changes nothing. The connection's bucket is made
/// at its first command and refilled from the time of each (<see cref="TokenBucket"/>): a connection that only
/// listens holds none, and no connection holds a timer.
/// </summary>
internal sealed class HubCommandLimitFilter(IOptions<RateLimitOptions> options, TimeProvider time) : IHubFilter
{
    private static readonly object Key = new();

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        // A connection's calls run one at a time (SignalR's default of one parallel invocation per client).
        var items = context.Context.Items;
        if (!items.TryGetValue(Key, out var held) || held is not TokenBucket bucket)
        {
            var limits = options.Value;
            bucket = new TokenBucket(limits.HubCommandBurst, limits.HubCommandsPerSecond, time.GetUtcNow());
            items[Key] = bucket;
        }
        bool taken;
        TimeSpan retry;
        lock (bucket) taken = bucket.TryTake(time.GetUtcNow(), out retry);
        if (!taken)
            throw new DomainException(ErrorCodes.RateLimited, RateLimitPolicies.RetryMessage(retry)) { Kind = ErrorKind.TooManyRequests };
        return next(context);
    }
}
