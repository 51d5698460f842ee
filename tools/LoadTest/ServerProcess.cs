using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LoadTest;

/// <summary>
/// A server under test in its own process (the app, or the bare hub), on a fixed loopback port so that it can be
/// killed and restarted at the same address, and measured from outside (working set) like any process.
/// </summary>
internal sealed class ServerProcess(string name, ProcessStartInfo start, Uri baseAddress) : IDisposable
{
    private Process? _process;

    public string Name { get; } = name;
    public Uri BaseAddress { get; } = baseAddress;
    public bool Running => _process is { HasExited: false };
    public int? ProcessId => _process?.Id;

    /// <summary>Starts the process and waits until <paramref name="readyPath"/> answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> StartAsync(string readyPath, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name}.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{Name}] {e.Data}"); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting.");
            try
            {
                if ((await http.GetAsync(readyPath)).StatusCode == HttpStatusCode.OK) return clock.Elapsed;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Name} was not ready after {timeout.TotalSeconds} s.");
    }

    /// <summary>Working set and private bytes of the server process, in bytes.</summary>
    public (long WorkingSet, long Private) Memory()
    {
        var p = _process ?? throw new InvalidOperationException("Not started.");
        p.Refresh();
        return (p.WorkingSet64, p.PrivateMemorySize64);
    }

    /// <summary>
    /// The GC heap after a full collection made for the reading (<see cref="FullCollection"/>), in bytes: the app's
    /// from its runtime meters (<c>/metrics</c>), the bare hub's from its <c>/heap</c>; both are
    /// <c>GC.GetGCMemoryInfo().HeapSizeBytes</c>. Null when not readable.
    /// </summary>
    public async Task<long?> HeapBytesAsync()
    {
        if (_process is { HasExited: false } p && !await FullCollection.RunAsync(p.Id)) return null;
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            if (Name == "bare") return long.Parse(await http.GetStringAsync(BareHub.HeapPath), System.Globalization.CultureInfo.InvariantCulture);
            var lines = (await http.GetStringAsync("/metrics")).Split('\n')
                .Where(l => l.StartsWith("dotnet_gc_last_collection_heap_size_bytes{", StringComparison.Ordinal)).ToList();
            return lines.Count == 0 ? null
                : (long)lines.Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException) { return null; }
        catch (TaskCanceledException) { return null; }
    }

    /// <summary>Like a crash: SIGKILL, no shutdown at all.</summary>
    public void Kill()
    {
        if (_process is not { HasExited: false } p) return;
        p.Kill(entireProcessTree: true);
        p.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops it; returns how long the process took to exit and its exit code.</summary>
    public async Task<(TimeSpan Took, int? ExitCode)> TerminateAsync(TimeSpan limit)
    {
        var p = _process ?? throw new InvalidOperationException("Not started.");
        var clock = Stopwatch.StartNew();
        using (var signal = Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await signal.WaitForExitAsync();
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await p.WaitForExitAsync(cts.Token);
            return (clock.Elapsed, p.ExitCode);
        }
        catch (OperationCanceledException)
        {
            Kill();
            return (clock.Elapsed, null);
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
