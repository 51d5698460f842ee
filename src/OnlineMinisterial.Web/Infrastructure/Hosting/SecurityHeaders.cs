namespace OnlineMinisterial.Web.Infrastructure.Hosting;

/// <summary>
/// A strict content security policy for the app's pages: scripts only from our own origin, so text typed by a
/// participant can never run even if a view made a mistake. The Hangfire dashboard needs its inline scripts and
/// styles; it gets its own policy, still with no framing and no other origins.
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private const string DashboardPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // connectAlso: other origins pages call (the media server's API), none by default.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IEnumerable<string>? connectAlso = null)
    {
        var policy = Policy.Replace("connect-src 'self' ws: wss:",
            "connect-src 'self' ws: wss:" + string.Concat((connectAlso ?? []).Select(origin => " " + origin)), StringComparison.Ordinal);
        // next's task is returned, not awaited: a hub's WebSocket request lasts as long as its connection, and an
        // awaiting middleware would hold its frame that long for each one.
        return app.Use((http, next) =>
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(self), microphone=(self), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/hangfire") ? DashboardPolicy : policy;
        headers.XFrameOptions = "DENY";
        return next(http);
    });
    }
}
