using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace OnlineMinisterial.TestSupport;

/// <summary>One person's browser, as far as the server can tell: a cookie jar, an anti-forgery token, hub connections.</summary>
public sealed class Participant(AppHost host, HttpClient http, CookieContainer cookies) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private string? _antiforgery;

    public HttpClient Http { get; } = http;
    public string? Email { get; private set; }

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostAsync("/api/auth/signin", new { email, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Email = email;
        _antiforgery = null; // tokens are bound to the user: fetch a fresh one for the signed-in person
    }

    /// <summary>After the server signed this browser in by other means (a link), as the page does: fetch a new token.</summary>
    public void ForgetAntiforgery() => _antiforgery = null;

    /// <summary>A state-changing request with the anti-forgery header, as the browser app sends it.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, object? body = null, HttpMethod? method = null)
    {
        _antiforgery ??= (await Http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-XSRF-TOKEN", _antiforgery);
        var response = await Http.SendAsync(request);
        if (path == "/api/auth/signout" && response.IsSuccessStatusCode) _antiforgery = null; // bound to the person who left
        return response;
    }

    /// <summary>The Cookie header this browser would send to the app.</summary>
    public string CookieHeader() => cookies.GetCookieHeader(host.BaseAddress);

    public Task<T?> GetAsync<T>(string path) => Http.GetFromJsonAsync<T>(path, Json.Options);

    /// <summary>Opens a hub connection authenticated by this participant's cookie, started and ready.</summary>
    public async Task<HubConnection> ConnectAsync(string path = "/hubs/conference", bool messagePack = false,
        HttpTransportType transports = HttpTransportType.WebSockets, Action<HubConnection>? beforeStart = null)
    {
        var connection = BuildConnection(path, messagePack, transports);
        beforeStart?.Invoke(connection);
        await connection.StartAsync();
        _connections.Add(connection);
        // StartAsync returns at the handshake, before the server has run OnConnectedAsync (presence). A first
        // call is served only after it, so the connection counts as present when this returns.
        if (path == "/hubs/conference") await connection.InvokeAsync<object>("GetPresence");
        return connection;
    }

    public HubConnection BuildConnection(string path = "/hubs/conference", bool messagePack = false,
        HttpTransportType transports = HttpTransportType.WebSockets, string? origin = null)
    {
        var url = new Uri(host.BaseAddress, path);
        var builder = new HubConnectionBuilder().WithUrl(url, o =>
        {
            o.Transports = transports;
            if (origin is not null) o.Headers["Origin"] = origin;
            if (host.IsKestrel)
            {
                o.Cookies = cookies;
                return;
            }
            o.HttpMessageHandlerFactory = _ => new CookieJarHandler(cookies) { InnerHandler = host.CreateServerHandler() };
            o.WebSocketFactory = async (context, ct) =>
            {
                var client = host.CreateWebSocketClient();
                client.ConfigureRequest = r =>
                {
                    r.Headers["Cookie"] = cookies.GetCookieHeader(url);
                    if (origin is not null) r.Headers["Origin"] = origin;
                };
                return await client.ConnectAsync(context.Uri, ct);
            };
        });
        if (messagePack) builder.AddMessagePackProtocol();
        else builder.AddJsonProtocol(o => o.PayloadSerializerOptions = Json.Options);
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync();
        Http.Dispose();
    }
}
