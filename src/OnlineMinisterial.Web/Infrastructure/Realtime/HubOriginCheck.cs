using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Infrastructure.Realtime;

/// <summary>
/// Refuses hub connections opened by pages of other origins. Browsers always send Origin on WebSocket and
/// cross-origin requests, and cookies would otherwise authenticate a hostile page's connection.
/// </summary>
internal sealed class HubOriginCheck(RequestDelegate next, IOptionsMonitor<RealtimeOptions> options)
{
    public const string HubsPrefix = "/hubs";

    // next's task is returned, not awaited: the WebSocket request lasts as long as the connection.
    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments(HubsPrefix) && http.Request.Headers.Origin is { Count: > 0 } origin
            && !IsAllowed(origin.ToString(), http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return http.Response.WriteAsync("Origin not allowed.");
        }
        return next(http);
    }

    private bool IsAllowed(string origin, HttpRequest request)
    {
        var own = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || options.CurrentValue.AllowedOrigins.Any(o => string.Equals(o.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }
}
