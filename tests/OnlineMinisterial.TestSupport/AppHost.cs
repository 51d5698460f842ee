using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// The real app over a throwaway database: in memory (fast, for most tests) or on Kestrel at a loopback port
/// (for the browser tests and for several nodes on one database).
/// </summary>
public sealed class AppHost : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Ministerial-2026";

    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _kestrel;
    private readonly Action<IServiceCollection>? _services;

    // services: replaces services after the app registered its own (for example the clock).
    public AppHost(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false,
        Action<IServiceCollection>? services = null)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string?>();
        _kestrel = kestrel;
        _services = services;
        database.PrepareFor(_settings);
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            StartServer();
        }
    }

    public CapturedLogs Logs { get; } = new();

    public TestDatabase Database => _database;

    public bool IsKestrel => _kestrel;

    /// <summary>The address clients use: the real loopback address on Kestrel, the test server's otherwise.</summary>
    public Uri BaseAddress => _kestrel
        ? new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
        : Server.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("Database:DataFolder", _database.DataFolder);
        if (_database.ConnectionString is not null) builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Scheduling:RunServer", "false");
        // Tests sign in and call hubs far faster than people do; the rate-limit tests set their own limits.
        builder.UseSetting("RateLimits:CredentialsPerMinute", "1000000");
        builder.UseSetting("RateLimits:HubCommandsPerSecond", "1000000");
        builder.UseSetting("RateLimits:HubCommandBurst", "1000000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    /// <summary>Reads or changes the host's database directly, in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A client with its own cookie jar, not signed in.</summary>
    public Participant Anonymous()
    {
        var cookies = new CookieContainer();
        HttpClient http;
        if (_kestrel)
            http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        else
        {
            http = CreateDefaultClient(new CookieJarHandler(cookies));
        }
        return new Participant(this, http, cookies);
    }

    public async Task<Participant> SignInAsync(string email, string password = DemoPassword)
    {
        var participant = Anonymous();
        await participant.SignInAsync(email, password);
        return participant;
    }

    internal HttpMessageHandler CreateServerHandler() => Server.CreateHandler();

    internal Microsoft.AspNetCore.TestHost.WebSocketClient CreateWebSocketClient() => Server.CreateWebSocketClient();
}
