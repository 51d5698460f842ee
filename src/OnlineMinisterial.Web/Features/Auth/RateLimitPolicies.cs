using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Every rate limit of the app in one place. <see cref="Credentials"/> goes on each endpoint that takes a password
/// or a secret link (sign-in, password change, reset, invitation, account setup):
/// <c>.RequireRateLimiting(RateLimitPolicies.Credentials)</c>. Hub commands are limited per connection by
/// <see cref="HubCommandLimitFilter"/>. Limits are counted per node (docs/security.md).
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Per client address: <see cref="RateLimitOptions.CredentialsPerMinute"/> requests a minute.</summary>
    public const string Credentials = "credentials";

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TrustedDeviceThrottle>();
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(Credentials, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.CredentialsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
            o.OnRejected = (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                return new ValueTask(WriteRejectionAsync(context.HttpContext, retry));
            };
        });
        return builder;
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with <c>request.rate_limited</c>, a Retry-After header and <c>retryAfterSeconds</c>.</summary>
    public static async Task WriteRejectionAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(Rejection(seconds), options: null, contentType: "application/problem+json");
    }

    public static ProblemDetails Rejection(int retryAfterSeconds) => new()
    {
        Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests",
        Detail = $"Too many attempts. Try again in {retryAfterSeconds} seconds.",
        Extensions = { ["code"] = ErrorCodes.RateLimited, ["retryAfterSeconds"] = retryAfterSeconds },
    };

    public static string RetryMessage(TimeSpan retryAfter) =>
        $"Too many commands at once. Try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds.";
}
