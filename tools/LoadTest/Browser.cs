using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LoadTest;

/// <summary>One signed-in person, as the app sees a browser: a cookie jar, an anti-forgery token, hub connections.</summary>
internal sealed class Browser(Uri baseAddress, string email) : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private HttpClient? _http;

    public string Email { get; } = email;
    public HttpClient Http => _http ??= new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies }) { BaseAddress = baseAddress };

    public async Task SignInAsync(string password)
    {
        var response = await PostAsync("/api/auth/signin", new { email = Email, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in of {Email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        var token = (await Http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-XSRF-TOKEN", token);
        return await Http.SendAsync(request);
    }

    /// <summary>A hub connection with this person's cookie (not started). Reconnects on its own with jitter, like the browser app.</summary>
    public HubConnection Hub(string path, string protocol, bool reconnect = false) => Build(new Uri(baseAddress, path), protocol, _cookies, reconnect);

    public static HubConnection Build(Uri url, string protocol, CookieContainer? cookies, bool reconnect)
    {
        var builder = new HubConnectionBuilder().WithUrl(url, o =>
        {
            o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            if (cookies is not null) o.Cookies = cookies;
        });
        if (protocol == "messagepack") builder.AddMessagePackProtocol();
        if (reconnect) builder.WithAutomaticReconnect(new JitteredRetry());
        var connection = builder.Build();
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        connection.HandshakeTimeout = TimeSpan.FromMinutes(1);
        return connection;
    }

    public void Dispose() => _http?.Dispose();

    /// <summary>
    /// The browser app's own policy (<c>retryDelay</c> in wwwroot/js/hub.js): the first retry within a second, then
    /// about 1, 2, 4, then every 5 s, each from half to one and a half of that, so the crowd arrives spread out.
    /// </summary>
    private sealed class JitteredRetry : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext context)
        {
            if (context.ElapsedTime > TimeSpan.FromMinutes(3)) return null;
            if (context.PreviousRetryCount == 0) return TimeSpan.FromMilliseconds(Random.Shared.Next(1000));
            var baseMs = Math.Min(5000, 1000 * Math.Pow(2, Math.Min(10, context.PreviousRetryCount - 1)));
            return TimeSpan.FromMilliseconds(baseMs * (0.5 + Random.Shared.NextDouble()));
        }
    }
}
