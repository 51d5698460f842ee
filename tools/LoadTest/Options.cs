using System.Globalization;

namespace LoadTest;

/// <summary>
/// Command-line options, e.g. <c>--n 100,1000 --scenarios all --protocol both --provider sqlite --json out.json</c>.
/// <c>--url</c> targets a running app instead of starting one (then <c>storm</c> and <c>stop</c> are skipped).
/// </summary>
internal sealed record Options(
    IReadOnlyList<int> Receivers,
    IReadOnlySet<string> Scenarios,
    IReadOnlyList<string> Protocols,
    string Provider,
    string? PostgresConnectionString,
    Uri? Url,
    string? JsonPath,
    string Password,
    int Rounds,
    int Bursts,
    int ConnectConcurrency,
    TimeSpan StepTimeout,
    TimeSpan Hold)
{
    /// <summary>A profiler's moment: the receivers stay connected while a dump is taken of the process (README, "Performance").</summary>
    public async Task HoldAsync(string server, int? processId, int n, string protocol)
    {
        if (Hold <= TimeSpan.Zero) return;
        Console.WriteLine($"holding {n} {protocol} receivers for {Hold.TotalSeconds:0} s ({server} process {processId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not started by this tool"})");
        await Task.Delay(Hold);
    }

    public static readonly string[] AllScenarios = ["connect", "memory", "fanout", "casts", "floor", "upvotes", "single", "storm", "stop"];

    public bool Runs(string scenario) => Scenarios.Contains(scenario);

    public static Options Parse(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        string[] List(string name, string fallback) => (Get(name) ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var scenarios = List("--scenarios", "all");
        var protocol = Get("--protocol") ?? "json";
        return new Options(
            [.. List("--n", "100,1000").Select(v => int.Parse(v, CultureInfo.InvariantCulture))],
            scenarios.Contains("all") ? AllScenarios.ToHashSet() : scenarios.ToHashSet(),
            protocol == "both" ? ["json", "messagepack"] : [protocol],
            (Get("--provider") ?? "sqlite").ToLowerInvariant(),
            Get("--postgres"),
            Get("--url") is { } url ? new Uri(url) : null,
            Get("--json"),
            Get("--password") ?? "Ministerial-2026",
            Int("--rounds", 20),
            Int("--bursts", 5),
            Int("--connect-concurrency", 50),
            TimeSpan.FromSeconds(Int("--timeout-seconds", 60)),
            TimeSpan.FromSeconds(Int("--hold-seconds", 0)));
    }
}
