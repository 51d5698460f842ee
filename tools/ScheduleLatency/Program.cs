// Schedules N sessions a few seconds ahead on a running host (as the secretariat, through the agenda API), listens
// on the conference hub for their SessionChanged (state Live), and prints how late the openings were: as recorded
// by the server (the transition's lateness) and as seen by this client (arrival minus the start). Start times are
// spread over the second so Hangfire's whole-second schedule is sampled fairly. Use a throwaway host: the sessions
// stay on its agenda, live.
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using ScheduleLatency;

var options = Options.Parse(args);
var cookies = new CookieContainer();
using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = options.Url };

await UseAntiforgeryAsync();
(await http.PostAsJsonAsync("/api/auth/signin", new { email = options.Email, password = options.Password })).EnsureSuccessStatusCode();
await UseAntiforgeryAsync();

var agenda = await http.GetFromJsonAsync<JsonElement>("/api/agenda");
var zone = TimeZoneInfo.FindSystemTimeZoneById(agenda.GetProperty("hostTimeZone").GetString()!);
var chairId = agenda.GetProperty("chairs")[0].GetProperty("id").GetString();

var opened = new ConcurrentDictionary<string, DateTimeOffset>();
await using var hub = new HubConnectionBuilder().WithUrl(new Uri(options.Url, "/hubs/conference"), o => o.Cookies = cookies).Build();
hub.On<JsonElement>("SessionChanged", change =>
{
    var at = DateTimeOffset.UtcNow;
    if (change.GetProperty("state").GetString() == "Live") opened.TryAdd(change.GetProperty("sessionId").GetString()!, at);
});
await hub.StartAsync();

var first = DateTimeOffset.UtcNow.AddSeconds(options.LeadSeconds);
var starts = new Dictionary<string, DateTimeOffset>();
for (var i = 0; i < options.Count; i++)
{
    var start = first.AddMilliseconds(i * options.SpacingMilliseconds);
    var local = TimeZoneInfo.ConvertTime(start, zone);
    var response = await http.PostAsJsonAsync("/api/agenda/sessions", new
    {
        title = $"Latency probe {i + 1}", kind = "Plenary", chairId,
        start = local.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
        end = local.AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
    });
    if (!response.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"Creating probe {i + 1} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return 1;
    }
    var session = await response.Content.ReadFromJsonAsync<JsonElement>();
    starts[session.GetProperty("id").GetString()!] = session.GetProperty("startsAt").GetDateTimeOffset();
}
Console.WriteLine($"Scheduled {options.Count} openings from {first:HH:mm:ss.fff} UTC, {options.SpacingMilliseconds} ms apart; waiting…");

var deadline = starts.Values.Max().AddSeconds(30);
while (opened.Count < starts.Count && DateTimeOffset.UtcNow < deadline) await Task.Delay(200);
await Task.Delay(500);

var recorded = new List<double>();
foreach (var item in (await http.GetFromJsonAsync<JsonElement>("/api/agenda")).GetProperty("sessions").EnumerateArray())
{
    if (!starts.ContainsKey(item.GetProperty("session").GetProperty("id").GetString()!)) continue;
    foreach (var t in item.GetProperty("transitions").EnumerateArray())
        if (t.GetProperty("kind").GetString() == "OpenSession" && t.GetProperty("latenessMilliseconds").ValueKind == JsonValueKind.Number)
            recorded.Add(t.GetProperty("latenessMilliseconds").GetDouble());
}
var seen = starts.Where(s => opened.ContainsKey(s.Key)).Select(s => (opened[s.Key] - s.Value).TotalMilliseconds).ToList();

Console.WriteLine(Stats.Line("server-recorded lateness (transition)", recorded));
Console.WriteLine(Stats.Line("client-observed lateness (SessionChanged)", seen));
Console.WriteLine($"opened {opened.Count} of {starts.Count}");
return opened.Count == starts.Count ? 0 : 2;

async Task UseAntiforgeryAsync()
{
    var token = (await http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
    http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
    http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
}
