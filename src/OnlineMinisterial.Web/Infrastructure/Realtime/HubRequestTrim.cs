using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace OnlineMinisterial.Web.Infrastructure.Realtime;

/// <summary>
/// A hub's WebSocket request lives as long as its connection, and so does everything it holds. Once the request is
/// authenticated and authorised, its cookies have done their work: their header and parsed copy (some 2 KB for each
/// connection) are let go. The principal stays: every call needs it.
/// </summary>
internal static class HubRequestTrim
{
    public static IApplicationBuilder UseHubRequestTrim(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (http.WebSockets.IsWebSocketRequest && http.Request.Path.StartsWithSegments(HubOriginCheck.HubsPrefix))
        {
            http.Request.Headers.Remove(HeaderNames.Cookie);
            http.Features.Set<IRequestCookiesFeature>(null);
        }
        return next(http);
    });
}
