using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// The built app run as a child process (<c>dotnet OnlineMinisterial.Web.dll</c>), so a test can kill it the way a
/// crash would: no shutdown, no cleanup, whatever was in flight lost.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<AppProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        database.PrepareFor(settings);
        var dll = WebDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__DataFolder"] = database.DataFolder;
        if (database.ConnectionString is not null) start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Demo__Seed"] = "true";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var app = new AppProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        await app.WaitReadyAsync();
        return app;
    }

    /// <summary>Ends the process at once, as a crash or <c>kill -9</c> would.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>
    /// Asks the process to stop as a service manager does (SIGTERM) and waits at most <paramref name="timeout"/>.
    /// Returns how long it took and its exit code, or null for the code when it had not exited (it is then killed).
    /// </summary>
    public async Task<(TimeSpan Took, int? ExitCode)> TerminateAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return (clock.Elapsed, _process.ExitCode);
        }
        catch (OperationCanceledException)
        {
            Kill();
            return (clock.Elapsed, null);
        }
    }

    /// <summary>A cookie-keeping client signed in as <paramref name="email"/>, sending the anti-forgery header on writes.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        await UseAntiforgeryTokenAsync(http);
        (await http.PostAsJsonAsync("/api/auth/signin", new { email, password = AppHost.DemoPassword })).EnsureSuccessStatusCode();
        await UseAntiforgeryTokenAsync(http); // tokens are bound to who is signed in
        return http;
    }

    private static async Task UseAntiforgeryTokenAsync(HttpClient http)
    {
        var token = (await http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
    }

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited at start-up:\n{Output}");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app did not become ready:\n{Output}");
    }

    private static string WebDll()
    {
        // tests/<project>/bin/<Configuration>/net10.0/ → src/OnlineMinisterial.Web/bin/<Configuration>/net10.0/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "OnlineMinisterial.Web", "bin", configuration, output.Name, "OnlineMinisterial.Web.dll");
            if (File.Exists(dll)) return dll;
        }
        throw new FileNotFoundException("Build the solution first: OnlineMinisterial.Web.dll was not found.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
