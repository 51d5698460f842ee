using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// A chair running two sessions at once is accepted with a warning (agenda.chair_overlap): in the command's answer
/// and on the editor's agenda, for both sessions, until a reschedule removes the overlap.
/// </summary>
public sealed class ChairOverlapTests
{
    private static JsonElement[] Warnings(JsonElement body) => [.. body.GetProperty("warnings").EnumerateArray()];

    private static async Task<JsonElement[]> AgendaWarningsAsync(Participant secretariat, Guid sessionId)
    {
        var agenda = await secretariat.GetAsync<JsonElement>("/api/agenda");
        var item = agenda.GetProperty("sessions").EnumerateArray().Single(i => i.GetProperty("session").GetProperty("id").GetGuid() == sessionId);
        return [.. item.GetProperty("warnings").EnumerateArray()];
    }

    [Fact]
    public async Task CreatingAndReschedulingIntoAnotherSessionOfTheSameChair_IsAcceptedWithAWarning_UntilMovedAway()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db);
        await using var secretariat = await host.SignInAsync(DemoLogins.Secretariat);
        var chairId = await Agenda.ChairIdAsync(secretariat);
        var start = Agenda.SecondsAhead(86_400 * 3);
        var first = await Agenda.CreateAsync(secretariat, "Ministerial breakfast", start, TimeSpan.FromHours(1), chairId);

        var response = await Agenda.PostCreateAsync(secretariat, "Press briefing", chairId, Agenda.Local(start.AddMinutes(30)), Agenda.Local(start.AddMinutes(90)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var second = await response.Content.ReadFromJsonAsync<JsonElement>();
        var secondId = second.GetProperty("id").GetGuid();

        var warning = Assert.Single(Warnings(second));
        Assert.Equal("agenda.chair_overlap", warning.GetProperty("code").GetString());
        Assert.Equal(first.Id, warning.GetProperty("otherSessionId").GetGuid());
        Assert.Contains("Ministerial breakfast", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(secondId, Assert.Single(await AgendaWarningsAsync(secretariat, first.Id)).GetProperty("otherSessionId").GetGuid());

        var moved = await secretariat.PostAsync($"/api/agenda/sessions/{secondId}/reschedule", new
        {
            start = Agenda.Local(start.AddHours(1)), end = Agenda.Local(start.AddHours(2)), version = second.GetProperty("version").GetInt32(),
        });
        moved.EnsureSuccessStatusCode();

        Assert.Empty(Warnings(await moved.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Empty(await AgendaWarningsAsync(secretariat, first.Id));
        Assert.Empty(await AgendaWarningsAsync(secretariat, secondId));
    }

    [Fact]
    public async Task AnotherChairAtTheSameTime_IsNoOverlap()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db);
        await using var secretariat = await host.SignInAsync(DemoLogins.Secretariat);
        var start = Agenda.SecondsAhead(86_400 * 3);
        await Agenda.CreateAsync(secretariat, "Plenary side event", start, TimeSpan.FromHours(1), await Agenda.ChairIdAsync(secretariat));

        var other = await Agenda.PostCreateAsync(secretariat, "Panel side event", await Agenda.ChairIdAsync(secretariat, "Panel Moderator"),
            Agenda.Local(start), Agenda.Local(start.AddHours(1)), kind: "Panel");

        Assert.Empty(Warnings(await other.Content.ReadFromJsonAsync<JsonElement>()));
    }
}
