using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>The secretariat picks chairs and panel moderators from the approved participants.</summary>
public sealed class ModeratorsFromParticipantsTests : HostPerTest
{
    [Fact]
    public async Task AnApprovedDelegate_MadeAChair_CanBeAPanelsModerator_AndModeratesIt()
    {
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var alternateId = await Host.WithDbAsync(db => db.Users.Where(u => u.Email == DemoLogins.Alternate("KAZ")).Select(u => u.Id).SingleAsync());

        // Not yet: an approved delegate is not offered, and is refused as a moderator.
        Assert.DoesNotContain(await ChairIdsAsync(secretariat), id => id == alternateId);
        Assert.Equal("agenda.chair_invalid", await CodeOf(await CreatePanelAsync(secretariat, alternateId)));

        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsync($"/api/accreditation/participants/{alternateId}/chair")).StatusCode);
        Assert.Contains(await ChairIdsAsync(secretariat), id => id == alternateId);
        var panel = await OkJsonAsync(await CreatePanelAsync(secretariat, alternateId));
        var panelId = panel.GetProperty("id").GetGuid();
        Assert.Equal(alternateId, await Host.WithDbAsync(db => db.Sessions.Where(s => s.Id == panelId).Select(s => s.ChairId).SingleAsync()));

        // The moderator's tools answer the alternate, and still refuse another member of the delegation.
        await using var moderator = await Host.SignInAsync(DemoLogins.Alternate("KAZ"));
        Assert.Equal(HttpStatusCode.OK, (await moderator.Http.GetAsync($"/api/panels/{panelId}/guests")).StatusCode);
        await using var head = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        Assert.Equal("auth.not_moderator", await CodeOf(await head.Http.GetAsync($"/api/panels/{panelId}/guests")));
    }

    private static async Task<List<string>> ChairIdsAsync(Participant secretariat) =>
        (await secretariat.GetAsync<JsonElement>("/api/agenda")).GetProperty("chairs").EnumerateArray()
            .Select(c => c.GetProperty("id").GetString()!).ToList();

    private static Task<HttpResponseMessage> CreatePanelAsync(Participant secretariat, string moderatorId) =>
        secretariat.PostAsync("/api/agenda/sessions", new
        {
            title = "Panel on water diplomacy", kind = "Panel", chairId = moderatorId,
            start = DateTime.UtcNow.Date.AddDays(20).AddHours(10).ToString("s", CultureInfo.InvariantCulture),
            end = DateTime.UtcNow.Date.AddDays(20).AddHours(11).ToString("s", CultureInfo.InvariantCulture),
        });
}
