using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace LoadTest;

/// <summary>The app's side of a run: demo people signed in, receivers on the floor and voting hubs, bursts of commands.</summary>
internal sealed class AppScenarios(Options options, Report report, ServerProcess? server, Uri baseAddress)
{
    private const string FloorHub = "/hubs/floor";
    private const string VotingHub = "/hubs/voting";
    private readonly List<(string Code, bool Votes, Browser Head)> _heads = [];
    private Browser _observer = null!;
    private Browser _secretariat = null!;
    private Guid _session;

    /// <summary>Size in bytes of the floor as JSON, which every FloorChanged carries: the bare hub sends as much.</summary>
    public int PayloadBytes { get; private set; } = 850;

    public async Task SetUpAsync()
    {
        _observer = await SignedInAsync("observer@onlineministerial.example");
        _secretariat = await SignedInAsync("secretariat@onlineministerial.example");
        var conference = await _observer.Http.GetFromJsonAsync<JsonElement>("/api/conference");
        _session = conference.GetProperty("sessions").EnumerateArray().First(s => s.GetProperty("state").GetString() == "Live").GetProperty("id").GetGuid();
        using var gate = new SemaphoreSlim(8);
        var heads = await Task.WhenAll(conference.GetProperty("delegations").EnumerateArray().Select(async d =>
        {
            await gate.WaitAsync();
            try
            {
                var code = d.GetProperty("code").GetString()!;
                return (code, d.GetProperty("votes").GetBoolean(), await SignedInAsync($"{code.ToLowerInvariant()}.head@onlineministerial.example"));
            }
            finally { gate.Release(); }
        }));
        _heads.AddRange(heads);
        await using var probe = _observer.Hub(FloorHub, "json");
        await probe.StartAsync();
        PayloadBytes = (await probe.InvokeAsync<JsonElement>("GetFloor", _session)).GetRawText().Length;
    }

    private async Task<Browser> SignedInAsync(string email)
    {
        var browser = new Browser(baseAddress, email);
        await browser.SignInAsync(options.Password);
        return browser;
    }

    /// <summary>Connect time, memory per connection and fan-out of FloorChanged to n receivers joined to the live session.</summary>
    public async Task ReceiversAsync(int n, string protocol)
    {
        var before = server?.Memory();
        var heapBefore = server is null ? null : await server.HeapBytesAsync();
        await using var crowd = FloorCrowd(out _);
        var took = await crowd.OpenAsync(n, options.ConnectConcurrency, _ => _observer.Hub(FloorHub, protocol));
        if (options.Runs("connect")) report.Add(new Row("connect", n, protocol, took.TotalSeconds, null, "s", $"{crowd.Refused} refused"));
        if (crowd.Refused > 0) report.Error($"app: {crowd.Refused} of {n} connections refused ({protocol})");
        await options.HoldAsync("app", server?.ProcessId, n, protocol);
        if (options.Runs("memory") && before is { } b && server is not null)
        {
            await Task.Delay(1000);
            var after = server.Memory();
            report.Add(new Row("memory per connection (working set)", n, protocol, (after.WorkingSet - b.WorkingSet) / 1024.0 / n, null, "KB"));
            if (heapBefore is { } h && await server.HeapBytesAsync() is { } heapAfter)
                report.Add(new Row("memory per connection (GC heap)", n, protocol, (heapAfter - h) / 1024.0 / n, null, "KB", "after a full collection"));
        }
        if (!options.Runs("fanout")) return;
        await using var sender = await FloorConnectionAsync(_heads.First(h => h.Votes).Head);
        var delivered = 0;
        Guid? waiting = null;
        for (var round = 0; round < options.Rounds; round++)
            delivered += await crowd.RoundAsync(async () => waiting = await ToggleAsync(sender, waiting), options.StepTimeout);
        if (waiting is { } id) await sender.InvokeAsync<JsonElement>("Withdraw", _session, id);
        var percent = 100.0 * delivered / (crowd.Count * options.Rounds);
        if (percent < 100) report.Error($"app fan-out delivered {percent:0.##}% at n={n} ({protocol})");
        report.Add(new Row("fan-out p50", n, protocol, Stats.Percentile(crowd.Latencies, 50), null, "ms", $"{percent:0.##}% delivered"));
        report.Add(new Row("fan-out p99", n, protocol, Stats.Percentile(crowd.Latencies, 99), null, "ms"));
    }

    /// <summary>
    /// The 52 seat holders cast at the same moment while n observers watch the turnout, on a fresh poll each time,
    /// --bursts times on the same connections (<see cref="Bursts"/>): the rows give the median over the polls.
    /// </summary>
    public async Task CastsAsync(int n)
    {
        // Casts that commit together travel in one VoteCast (ADR 0060): an observer is done at the final turnout.
        var voting = _heads.Count(h => h.Votes);
        await using var crowd = new Crowd("VoteCast", e => e is JsonElement cast && cast.GetProperty("turnout").GetProperty("voted").GetInt32() == voting);
        await crowd.OpenAsync(n, options.ConnectConcurrency, _ => _observer.Hub(VotingHub, "json"));
        await using var secretariat = await ConnectedAsync(_secretariat, VotingHub);
        var voters = await Task.WhenAll(_heads.Where(h => h.Votes).Select(h => ConnectedAsync(h.Head, VotingHub)));
        var (p50s, p99s, finals) = (new List<double>(), new List<double>(), new List<double>());
        var eventsPerObserver = 0.0;
        for (var round = 0; round < options.Bursts; round++)
        {
            // The seat holders cast once the poll's opening has reached every observer, as delegates cast once they see
            // it open: the casts are measured, not the opening's fan-out beneath them.
            Guid poll = default;
            var told = await crowd.EachReceivedAsync("PollChanged",
                e => e is JsonElement p && p.GetProperty("state").GetString() == "Open",
                async () => poll = await OpenPollAsync(secretariat), options.StepTimeout);
            if (told < crowd.Count) report.Error($"casts: {told} of {crowd.Count} observers saw the poll open");
            var acks = new List<double>();
            var arrivals = await crowd.RoundAsync(async () =>
            {
                var times = await Task.WhenAll(voters.Select(v => TimedAsync(() => v.InvokeAsync<JsonElement>("CastVote", poll, "Yes", Guid.NewGuid().ToString()))));
                acks.AddRange(times);
            }, options.StepTimeout);
            if (arrivals < crowd.Count) report.Error($"casts: {arrivals} of {crowd.Count} observers saw the final turnout");
            p50s.Add(Stats.Percentile(acks, 50));
            p99s.Add(Stats.Percentile(acks, 99));
            finals.Add(crowd.LastArrivalMilliseconds);
            eventsPerObserver = Math.Max(eventsPerObserver, (double)crowd.Events / Math.Max(1, crowd.Count));
            await secretariat.InvokeAsync<JsonElement>("CancelPoll", poll);
            await Task.Delay(TimeSpan.FromMilliseconds(500));   // the cancellation's broadcast goes out before the next
        }
        var note = $"median of {p99s.Count} polls; first p99 {p99s[0]:0} ms, worst {p99s.Max():0} ms";
        report.Add(new Row($"{voters.Length} simultaneous casts: ack p50", n, "json", Stats.Percentile(p50s, 50), null, "ms", note));
        report.Add(new Row($"{voters.Length} simultaneous casts: ack p99", n, "json", Stats.Percentile(p99s, 50), null, "ms", note));
        report.Add(new Row($"{voters.Length} simultaneous casts: final turnout at every observer", n, "json", Stats.Percentile(finals, 50), null, "ms",
            $"median of {finals.Count} polls; first {finals[0]:0} ms; at most {eventsPerObserver:0.#} VoteCast events per observer"));
        foreach (var v in voters) await v.DisposeAsync();
    }

    /// <summary>Every delegation asks for the floor at once; then each withdraws (<see cref="Bursts"/>).</summary>
    public async Task FloorBurstAsync()
    {
        var delegates = await Task.WhenAll(_heads.Select(h => FloorConnectionAsync(h.Head)));
        var requests = new Guid[delegates.Length];
        await Bursts.MeasureAsync(report, options, $"{delegates.Length} simultaneous floor requests",
            () => Task.WhenAll(delegates.Select((d, i) => TimedAsync(async () =>
                requests[i] = (await d.InvokeAsync<JsonElement>("RequestFloor", _session, "Statement", false, "en", null, Guid.NewGuid().ToString())).GetProperty("requestId").GetGuid()))),
            () => Task.WhenAll(delegates.Select((d, i) => d.InvokeAsync<JsonElement>("Withdraw", _session, requests[i]))));
        foreach (var d in delegates) await d.DisposeAsync();
    }

    /// <summary>Every delegation upvotes one question of a live panel at once.</summary>
    public Task UpvoteBurstAsync() => new PanelScenario(report, options, _observer, _secretariat, [.. _heads.Select(h => h.Head)]).UpvotesAsync();

    /// <summary>One command at a time: request the floor, withdraw, repeated.</summary>
    public async Task SingleCommandAsync()
    {
        await using var d = await FloorConnectionAsync(_heads.First(h => h.Votes).Head);
        var times = new List<double>();
        Guid? waiting = null;
        for (var i = 0; i < options.Rounds * 2; i++) times.Add(await TimedAsync(async () => waiting = await ToggleAsync(d, waiting)));
        if (waiting is { } id) await d.InvokeAsync<JsonElement>("Withdraw", _session, id);
        report.Add(new Row("one command alone: p50", null, "json", Stats.Percentile(times, 50), null, "ms"));
        report.Add(new Row("one command alone: p99", null, "json", Stats.Percentile(times, 99), null, "ms"));
    }

    /// <summary>n receivers connected; the host is killed (-9) and restarted; how long until every receiver rejoined.</summary>
    public async Task StormAsync(int n)
    {
        if (server is null) return;
        await using var crowd = FloorCrowd(out var joined);
        await crowd.OpenAsync(n, options.ConnectConcurrency, _ => _observer.Hub(FloorHub, "json", reconnect: true));
        var before = joined.Value;
        server.Kill();
        var ready = await server.StartAsync("/health/ready", TimeSpan.FromMinutes(3));
        var clock = Stopwatch.StartNew();
        while (joined.Value - before < crowd.Count && clock.Elapsed < options.StepTimeout * 2) await Task.Delay(50);
        var all = joined.Value - before >= crowd.Count;
        if (!all) report.Error($"storm: only {joined.Value - before} of {crowd.Count} receivers current again");
        report.Add(new Row("reconnect storm: all current after host ready", n, "json", all ? clock.Elapsed.TotalSeconds : null, null, "s",
            $"host ready {ready.TotalSeconds:0.0} s"));
    }

    /// <summary>SIGTERM with n receivers connected: time to a clean exit.</summary>
    public async Task StopAsync(int n)
    {
        if (server is null) return;
        await using var crowd = FloorCrowd(out _);
        await crowd.OpenAsync(n, options.ConnectConcurrency, _ => _observer.Hub(FloorHub, "json"));
        var (took, code) = await server.TerminateAsync(TimeSpan.FromSeconds(30));
        if (code is null) report.Error("stop: the app did not exit within 30 s of SIGTERM");
        report.Add(new Row("graceful stop", n, "json", took.TotalSeconds, null, "s", code is null ? "killed" : $"exit {code}"));
    }

    private Crowd FloorCrowd(out StrongBox joined)
    {
        var box = new StrongBox();
        joined = box;
        return new Crowd("FloorChanged")
        {
            OnOpened = async c => { await c.InvokeAsync<JsonElement>("JoinSession", _session); box.Increment(); },
        };
    }

    private async Task<Guid?> ToggleAsync(HubConnection d, Guid? waiting)
    {
        if (waiting is { } id)
        {
            await d.InvokeAsync<JsonElement>("Withdraw", _session, id);
            return null;
        }
        var receipt = await d.InvokeAsync<JsonElement>("RequestFloor", _session, "Statement", false, "en", null, Guid.NewGuid().ToString());
        return receipt.GetProperty("requestId").GetGuid();
    }

    private static async Task<Guid> OpenPollAsync(HubConnection secretariat)
    {
        var current = await secretariat.InvokeAsync<JsonElement>("GetDeclaration");
        Guid declaration;
        if (current.GetProperty("declaration").ValueKind == JsonValueKind.Null)
        {
            declaration = (await secretariat.InvokeAsync<JsonElement>("CreateDeclaration", "Load test declaration")).GetProperty("declarationId").GetGuid();
            await secretariat.InvokeAsync<JsonElement>("AddParagraph", "Operative", "Decide to measure before the event;", null);
            await secretariat.InvokeAsync<JsonElement>("PublishDraft");
        }
        else declaration = current.GetProperty("declaration").GetProperty("declarationId").GetGuid();
        var poll = await secretariat.InvokeAsync<JsonElement>("CreatePoll", new
        {
            subjectKind = "Declaration", subjectId = declaration, question = (string?)null, mode = "Recorded", rule = "SimpleMajority",
            quorum = new { kind = "Count", value = 1 }, deadline = (DateTimeOffset?)null, rollCall = false,
        });
        var id = poll.GetProperty("pollId").GetGuid();
        await secretariat.InvokeAsync<JsonElement>("OpenPoll", id);
        return id;
    }

    private static async Task<HubConnection> FloorConnectionAsync(Browser who) => await ConnectedAsync(who, FloorHub);

    private static async Task<HubConnection> ConnectedAsync(Browser who, string hub)
    {
        var connection = who.Hub(hub, "json");
        await connection.StartAsync();
        return connection;
    }

    internal static async Task<double> TimedAsync(Func<Task> command)
    {
        var start = Stopwatch.GetTimestamp();
        await command();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>A counter shared with event handlers.</summary>
    internal sealed class StrongBox
    {
        private int _value;
        public int Value => Volatile.Read(ref _value);
        public void Increment() => Interlocked.Increment(ref _value);
    }
}
