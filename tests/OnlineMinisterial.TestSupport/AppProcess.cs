using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// The real app in a child process on Kestrel, so a test can kill it the way a crash does (SIGKILL of the whole
/// process tree: no shutdown, no flush, no disposal) and then look at what the database kept.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<AppProcess> StartAsync(TestDatabase database, TimeSpan? timeout = null)
    {
        database.PrepareFor(new Dictionary<string, string?>());
        var dll = WebDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__DataFolder"] = database.DataFolder;
        if (database.ConnectionString is not null) start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Scheduling__RunServer"] = "false";
        // Many sign-ins from one address in a few seconds: the credentials and hub limits are not under test here.
        start.Environment["RateLimits__CredentialsPerMinute"] = "1000000";
        start.Environment["RateLimits__HubCommandsPerSecond"] = "1000000";
        start.Environment["RateLimits__HubCommandBurst"] = "1000000";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        void Read(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (lines) lines.Add(e.Data);
            if (ListeningOn().Match(e.Data) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(timeout ?? TimeSpan.FromSeconds(240)));
        if (first != listening.Task)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            string log;
            lock (lines) log = string.Join('\n', lines);
            throw new InvalidOperationException($"The app did not start listening:\n{log}");
        }
        return new AppProcess(process, await listening.Task);
    }

    /// <summary>Kills the app like a crash does and waits until it is gone.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    // The host's own build output, next to this test's (same configuration): a separate process needs the app's
    // runtime configuration, which only its own folder has.
    private static string WebDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        for (var dir = testBin; dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "OnlineMinisterial.sln"))) continue;
            var dll = Path.Combine(dir.FullName, "src", "OnlineMinisterial.Web", "bin", configuration, framework, "OnlineMinisterial.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first.", dll);
        }
        throw new DirectoryNotFoundException("The repository root (OnlineMinisterial.sln) was not found above " + testBin.FullName);
    }

    [GeneratedRegex(@"Now listening on:\s*(http://\S+)")]
    private static partial Regex ListeningOn();
}
