using System.Diagnostics;

namespace LoadTest;

/// <summary>How the two servers of a run are started: the app (SQLite in a throwaway folder, or PostgreSQL) and the bare hub.</summary>
internal static class Servers
{
    public static ServerProcess App(Options options, string dataFolder)
    {
        var dll = AppDll();
        var port = ServerProcess.FreePort();
        var start = Start(dll, port);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Scheduling__RunServer"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Telemetry__Prometheus"] = "true";   // the GC heap is read from the runtime's meters
        // One address signs in every demo account and sends bursts: the per-address limits are not what is measured.
        start.Environment["RateLimits__CredentialsPerMinute"] = "1000000";
        start.Environment["RateLimits__HubCommandsPerSecond"] = "1000000";
        start.Environment["RateLimits__HubCommandBurst"] = "1000000";
        if (options.Provider == "postgres")
        {
            start.Environment["Database__Provider"] = "Postgres";
            start.Environment["Database__ConnectionString"] = options.PostgresConnectionString
                ?? throw new ArgumentException("--provider postgres needs --postgres <connection string> to an empty database.");
        }
        else
        {
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["Database__DataFolder"] = dataFolder;
        }
        return new ServerProcess("app", start, new Uri($"http://127.0.0.1:{port}"));
    }

    public static ServerProcess Bare()
    {
        var port = ServerProcess.FreePort();
        var start = Start(typeof(Servers).Assembly.Location, port);
        start.ArgumentList.Add(BareHub.Argument);
        // The app runs the server GC (ASP.NET Core's default); so does the bare hub, or memory would not compare.
        start.Environment["DOTNET_gcServer"] = "1";
        return new ServerProcess("bare", start, new Uri($"http://127.0.0.1:{port}"));
    }

    private static ProcessStartInfo Start(string dll, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        return start;
    }

    // The app's own build output (same configuration as this tool): it needs its own runtime configuration.
    private static string AppDll()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        for (var dir = bin; dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "OnlineMinisterial.sln"))) continue;
            var dll = Path.Combine(dir.FullName, "src", "OnlineMinisterial.Web", "bin", bin.Parent!.Name, bin.Name, "OnlineMinisterial.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll);
        }
        throw new DirectoryNotFoundException("OnlineMinisterial.sln was not found above " + bin.FullName);
    }
}
