using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace LoadTest;

/// <summary>The same receivers, fan-out, storm and stop against the bare hub, payloads of the app's size.</summary>
internal sealed class BareScenarios(Options options, Report report, ServerProcess server, int payloadBytes)
{
    private Uri Hub => new(server.BaseAddress, BareHub.Path);

    public async Task ReceiversAsync(int n, string protocol)
    {
        var before = server.Memory();
        var heapBefore = await server.HeapBytesAsync();
        await using var crowd = new Crowd("Event");
        var took = await crowd.OpenAsync(n, options.ConnectConcurrency, _ => Browser.Build(Hub, protocol, null, false));
        if (options.Runs("connect")) report.AddBare("connect", n, protocol, took.TotalSeconds, "s");
        await options.HoldAsync("bare", server.ProcessId, n, protocol);
        if (options.Runs("memory"))
        {
            await Task.Delay(1000);
            report.AddBare("memory per connection (working set)", n, protocol, (server.Memory().WorkingSet - before.WorkingSet) / 1024.0 / n, "KB");
            if (heapBefore is { } h && await server.HeapBytesAsync() is { } heapAfter)
                report.AddBare("memory per connection (GC heap)", n, protocol, (heapAfter - h) / 1024.0 / n, "KB");
        }
        if (!options.Runs("fanout")) return;
        await using var sender = Browser.Build(Hub, "json", null, false);
        await sender.StartAsync();
        var payload = new string('x', payloadBytes);
        for (var round = 0; round < options.Rounds; round++)
            await crowd.RoundAsync(() => sender.InvokeAsync("Broadcast", payload), options.StepTimeout);
        report.AddBare("fan-out p50", n, protocol, Stats.Percentile(crowd.Latencies, 50), "ms");
        report.AddBare("fan-out p99", n, protocol, Stats.Percentile(crowd.Latencies, 99), "ms");
    }

    public async Task StormAsync(int n)
    {
        var current = 0;
        await using var crowd = new Crowd("Event") { OnOpened = _ => { Interlocked.Increment(ref current); return Task.CompletedTask; } };
        await crowd.OpenAsync(n, options.ConnectConcurrency, _ => Browser.Build(Hub, "json", null, true));
        var before = Volatile.Read(ref current);
        server.Kill();
        await server.StartAsync("/ready", TimeSpan.FromMinutes(1));
        var clock = Stopwatch.StartNew();
        while (Volatile.Read(ref current) - before < crowd.Count && clock.Elapsed < options.StepTimeout * 2) await Task.Delay(50);
        report.AddBare("reconnect storm: all current after host ready", n, "json", clock.Elapsed.TotalSeconds, "s");
    }

    public async Task StopAsync(int n)
    {
        await using var crowd = new Crowd("Event");
        await crowd.OpenAsync(n, options.ConnectConcurrency, _ => Browser.Build(Hub, "json", null, false));
        var (took, _) = await server.TerminateAsync(TimeSpan.FromSeconds(30));
        report.AddBare("graceful stop", n, "json", took.TotalSeconds, "s");
    }
}
