using System.Net;

namespace OnlineMinisterial.TestSupport;

/// <summary>Keeps cookies across requests for clients over the in-memory test server, which has no cookie handling.</summary>
public sealed class CookieJarHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = cookies.GetCookieHeader(uri);
        if (header.Length > 0) request.Headers.TryAddWithoutValidation("Cookie", header);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var value in setCookies) cookies.SetCookies(uri, value);
        return response;
    }
}
