using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Behind a TLS-terminating proxy: the browser's https origin connects to the hubs, cookies are Secure, HSTS is sent.</summary>
public sealed class ProxyTests : IAsyncLifetime
{
    private const string PublicHost = "conference.example.org";
    private const string PublicOrigin = "https://" + PublicHost;
    private TestDatabase _db = null!;
    private AppHost _host = null!;

    public Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        _host = new AppHost(_db, new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = "127.0.0.1" }, kestrel: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task AForwardedHttpsRequest_GetsSecureCookiesAndHsts_AndConnectsToTheHubs()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _host.BaseAddress };
        var cookies = new Dictionary<string, string>();

        var token = await SendAsync(http, HttpMethod.Get, "/api/auth/antiforgery", null, cookies, null);
        Assert.True(token.Headers.Contains("Strict-Transport-Security"));
        Assert.False(token.Headers.Contains("Server"));
        var tokenValue = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        var signIn = await SendAsync(http, HttpMethod.Post, "/api/auth/signin",
            new { email = DemoLogins.Head("KAZ"), password = AppHost.DemoPassword }, cookies, tokenValue);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var setCookies = token.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        foreach (var name in new[] { "om.auth=", "om.csrf=", "om.device=" })
            Assert.Contains(setCookies, c => c.StartsWith(name, StringComparison.Ordinal));
        Assert.All(setCookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));

        var connection = new HubConnectionBuilder().WithUrl(new Uri(_host.BaseAddress, "/hubs/conference"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.Headers["X-Forwarded-Proto"] = "https";
            o.Headers["X-Forwarded-Host"] = PublicHost;
            o.Headers["Origin"] = PublicOrigin;
            o.Headers["Cookie"] = string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));
        }).Build();
        await using (connection)
        {
            await connection.StartAsync();
            Assert.Equal(HubConnectionState.Connected, connection.State);
            await connection.InvokeAsync<JsonElement>("GetPresence");
        }
    }

    [Fact]
    public async Task TheHangfireDashboard_BehindTheProxy_HasTheSecurityHeadersToo()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _host.BaseAddress };
        var cookies = new Dictionary<string, string>();
        var token = await SendAsync(http, HttpMethod.Get, "/api/auth/antiforgery", null, cookies, null);
        var tokenValue = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        (await SendAsync(http, HttpMethod.Post, "/api/auth/signin", new { email = DemoLogins.Secretariat, password = AppHost.DemoPassword }, cookies, tokenValue))
            .EnsureSuccessStatusCode();

        var dashboard = await SendAsync(http, HttpMethod.Get, "/hangfire", null, cookies, null);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("DENY", dashboard.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", dashboard.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", dashboard.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(dashboard.Headers.Contains("Strict-Transport-Security"));
        Assert.False(dashboard.Headers.Contains("Server"));
    }

    [Fact]
    public async Task WithoutTheForwardedScheme_AnHttpsOriginIsStillRefused()
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/conference/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", PublicOrigin);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(request)).StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, object? body,
        Dictionary<string, string> cookies, string? antiforgery)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", PublicHost);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        if (antiforgery is not null) request.Headers.Add("X-XSRF-TOKEN", antiforgery);
        if (body is not null) request.Content = JsonContent.Create(body);
        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';')[0].Split('=', 2);
                cookies[pair[0]] = pair[1];
            }
        return response;
    }
}
