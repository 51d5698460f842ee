using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace OnlineMinisterial.TestSupport;

/// <summary>A signed-in person talking to an app at a real address (an <see cref="AppProcess"/>): cookies, anti-forgery, hubs.</summary>
public sealed class RemoteParticipant : IAsyncDisposable
{
    private readonly Uri _baseAddress;
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    private readonly List<HubConnection> _connections = [];

    private RemoteParticipant(Uri baseAddress)
    {
        _baseAddress = baseAddress;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public static async Task<RemoteParticipant> SignInAsync(Uri baseAddress, string email, string password = AppHost.DemoPassword)
    {
        var participant = new RemoteParticipant(baseAddress);
        var token = (await participant._http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/signin") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-XSRF-TOKEN", token);
        using var response = await participant._http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return participant;
    }

    public async Task<HubConnection> ConnectAsync(string path)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_baseAddress, path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.Cookies = _cookies;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions = Json.Options)
            .Build();
        await connection.StartAsync();
        _connections.Add(connection);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            try
            {
                await connection.DisposeAsync();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
            {
                // The app may have been killed on purpose; there is nobody left to say goodbye to.
            }
        }
        _http.Dispose();
    }
}
