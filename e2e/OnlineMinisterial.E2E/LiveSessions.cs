using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.E2E;

/// <summary>
/// A session of its own for a browser test, set up through the API as the secretariat would (so the shared demo agenda
/// stays as other tests expect it): created an hour ahead, opened now, and a delegation given the floor.
/// </summary>
internal static class LiveSessions
{
    private const string Domain = "onlineministerial.example";

    public static async Task<Guid> OpenNowAsync(AppHost host, string title, string kind = "Plenary")
    {
        await using var secretariat = await host.SignInAsync($"secretariat@{Domain}");
        var agenda = await secretariat.GetAsync<JsonElement>("/api/agenda");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(agenda.GetProperty("hostTimeZone").GetString()!);
        var chairId = agenda.GetProperty("chairs").EnumerateArray()
            .First(c => c.GetProperty("displayName").GetString() == "Conference Chair").GetProperty("id").GetString();
        string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var start = DateTimeOffset.UtcNow.AddHours(1);
        var created = await secretariat.PostAsync("/api/agenda/sessions", new { title, kind, chairId, start = Local(start), end = Local(start.AddMinutes(45)) });
        created.EnsureSuccessStatusCode();
        var session = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = session.GetProperty("id").GetGuid();
        (await secretariat.PostAsync($"/api/sessions/{id}/open", new { version = session.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>The delegation's head asks for the floor and the chair gives it: that speech is running when this returns.</summary>
    public static async Task GiveFloorAsync(AppHost host, Guid sessionId, string code)
    {
        await using var head = await host.SignInAsync($"{code.ToLowerInvariant()}.head@{Domain}");
        var delegateHub = await head.ConnectAsync("/hubs/floor");
        await delegateHub.InvokeAsync<FloorReceipt>("RequestFloor", sessionId, RequestKind.Statement, false, "en", null, Guid.NewGuid().ToString());
        await using var chair = await host.SignInAsync($"chair@{Domain}");
        var chairHub = await chair.ConnectAsync("/hubs/floor");
        var floor = await chairHub.InvokeAsync<FloorSnapshot>("GetFloor", sessionId);
        await chairHub.InvokeAsync<FloorSnapshot>("GiveFloorToNext", sessionId, floor.Version);
    }

    /// <summary>The session's version now (the agenda's), for a lifecycle command sent over REST.</summary>
    public static async Task<int> VersionAsync(Participant someone, Guid sessionId) =>
        (await someone.GetAsync<JsonElement>($"/api/sessions/{sessionId}")).GetProperty("version").GetInt32();
}
