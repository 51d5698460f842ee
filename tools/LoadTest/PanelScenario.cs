using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace LoadTest;

/// <summary>
/// Every delegation upvotes one question of a live panel at the same moment: the demo's first panel, opened for it
/// by the secretariat when it is not live yet. The upvotes are taken back after each burst (<see cref="Bursts"/>).
/// </summary>
internal sealed class PanelScenario(Report report, Options options, Browser observer, Browser secretariat, IReadOnlyList<Browser> heads)
{
    private const string PanelHub = "/hubs/panel";

    public async Task UpvotesAsync()
    {
        var panel = await LivePanelAsync();
        var delegates = await Task.WhenAll(heads.Select(async head =>
        {
            var connection = head.Hub(PanelHub, "json");
            await connection.StartAsync();
            await connection.InvokeAsync<JsonElement>("JoinPanel", panel);
            return connection;
        }));
        var asked = await delegates[0].InvokeAsync<JsonElement>("SubmitQuestion", panel, Guid.NewGuid(),
            $"Load test {DateTimeOffset.UtcNow:HH:mm:ss}: shall every delegation measure before the event?", false, null);
        var question = asked.GetProperty("question").GetProperty("id").GetGuid();

        await Bursts.MeasureAsync(report, options, $"{delegates.Length} simultaneous upvotes",
            () => Task.WhenAll(delegates.Select(d => AppScenarios.TimedAsync(() => d.InvokeAsync<JsonElement>("Upvote", panel, question)))),
            () => Task.WhenAll(delegates.Select(d => d.InvokeAsync<JsonElement>("WithdrawUpvote", panel, question))));
        foreach (var d in delegates) await d.DisposeAsync();
    }

    private async Task<Guid> LivePanelAsync()
    {
        var conference = await observer.Http.GetFromJsonAsync<JsonElement>("/api/conference");
        var panels = conference.GetProperty("sessions").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "Panel").ToList();
        if (panels.FirstOrDefault(s => s.GetProperty("state").GetString() == "Live") is { ValueKind: JsonValueKind.Object } live)
            return live.GetProperty("id").GetGuid();
        var scheduled = panels.First(s => s.GetProperty("state").GetString() == "Scheduled");
        var id = scheduled.GetProperty("id").GetGuid();
        await using var floor = secretariat.Hub("/hubs/floor", "json");
        await floor.StartAsync();
        await floor.InvokeAsync<JsonElement>("OpenSessionNow", id, scheduled.GetProperty("version").GetInt32());
        return id;
    }
}
