// Load tool: starts the app (SQLite in a throwaway folder, or PostgreSQL) or targets a running one, signs in the
// demo people, and measures connect time, memory per connection, fan-out, bursts of casts and floor requests, one
// command alone, a reconnect storm after kill -9 and a graceful stop, each beside a bare SignalR hub it hosts in a
// process of its own. Prints a table; --json writes the figures. Traffic stays on loopback (or --url).
using System.Diagnostics;
using LoadTest;

if (args.Contains(BareHub.Argument))
{
    await BareHub.RunAsync(args);
    return 0;
}

var options = Options.Parse(args);
var report = new Report();
var data = Directory.CreateTempSubdirectory("onlineministerial-load.");
using var app = options.Url is null ? Servers.App(options, data.FullName) : null;
using var bare = Servers.Bare();
var clock = Stopwatch.StartNew();
try
{
    var baseAddress = options.Url ?? app!.BaseAddress;
    if (app is not null) Console.WriteLine($"app ready in {(await app.StartAsync("/health/ready", TimeSpan.FromMinutes(4))).TotalSeconds:0.0} s ({options.Provider})");
    await bare.StartAsync("/ready", TimeSpan.FromMinutes(1));
    var appRun = new AppScenarios(options, report, app, baseAddress);
    await appRun.SetUpAsync();
    var bareRun = new BareScenarios(options, report, bare, appRun.PayloadBytes);
    Console.WriteLine($"payload {appRun.PayloadBytes} B (JSON); receivers {string.Join(", ", options.Receivers)}");

    foreach (var n in options.Receivers)
    {
        foreach (var protocol in options.Protocols)
        {
            if (options.Runs("connect") || options.Runs("memory") || options.Runs("fanout"))
            {
                await appRun.ReceiversAsync(n, protocol);
                await bareRun.ReceiversAsync(n, protocol);
            }
        }
        if (options.Runs("casts")) await appRun.CastsAsync(n);
    }
    if (options.Runs("floor")) await appRun.FloorBurstAsync();
    if (options.Runs("upvotes")) await appRun.UpvoteBurstAsync();
    if (options.Runs("single")) await appRun.SingleCommandAsync();
    var last = options.Receivers[^1];
    if (options.Runs("storm") && app is not null)
    {
        await appRun.StormAsync(last);
        await bareRun.StormAsync(last);
    }
    if (options.Runs("stop") && app is not null)
    {
        await appRun.StopAsync(last);
        await bareRun.StopAsync(last);
    }
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    report.Error($"{e.GetType().Name}: {e.Message}");
}
finally
{
    app?.Kill();
    bare.Kill();
    try { data.Delete(recursive: true); } catch (IOException) { }
}

report.Print(Console.Out);
if (options.JsonPath is { } path)
{
    await report.WriteJsonAsync(path, new
    {
        at = DateTimeOffset.UtcNow, machine = Environment.MachineName, cores = Environment.ProcessorCount,
        load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "", options.Provider,
        receivers = options.Receivers, protocols = options.Protocols, seconds = clock.Elapsed.TotalSeconds,
    });
    Console.WriteLine($"wrote {path}");
}
return report.Errors.Count == 0 ? 0 : 1;
