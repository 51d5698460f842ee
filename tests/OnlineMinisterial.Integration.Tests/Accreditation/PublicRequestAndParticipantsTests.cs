using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>Press and observers ask through the public form; the secretariat's participants list filters and exports them.</summary>
public sealed class PublicRequestAndParticipantsTests : HostPerTest
{
    private const string Journalist = "reporter@wire.example";

    [Fact]
    public async Task APressRequest_IsPendingUntilApproved_ThenInvited_AndADelegateCategoryIsRefused()
    {
        var visitor = Host.Anonymous();
        var asked = await visitor.PostAsync("/api/access/accreditation-requests",
            new { category = "Press", displayName = "Jane Reporter", email = Journalist, organization = "Wire, Agency & Co", language = "fr" });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var before = await Host.WithDbAsync(db => db.Nominations.CountAsync());
        var refused = await visitor.PostAsync("/api/access/accreditation-requests",
            new { category = "Delegate", displayName = "Not A Delegate", email = "who@else.example", organization = "Nobody" });
        Assert.Equal("request.invalid_argument", await CodeOf(refused));
        async Task<string?> Asking(string displayName, string email, string organization) => await CodeOf(await visitor.PostAsync(
            "/api/access/accreditation-requests", new { category = "Observer", displayName, email, organization, language = "en" }));
        Assert.Equal("person.email_invalid", await Asking("Jane Observer", "jane.at.nowhere", "Observatory"));
        Assert.Equal("person.name_required", await Asking("   ", "jane@observatory.example", "Observatory"));
        Assert.Equal("text.required", await Asking("Jane Observer", "jane@observatory.example", "  "));
        Assert.Equal(before, await Host.WithDbAsync(db => db.Nominations.CountAsync()));

        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var pending = await secretariat.GetAsync<JsonElement>("/api/accreditation/nominations");
        var request = pending.EnumerateArray().Single(n => n.GetProperty("email").GetString() == Journalist);
        Assert.Equal("Press", request.GetProperty("category").GetString());
        Assert.Equal("Wire, Agency & Co", request.GetProperty("organization").GetString());
        Assert.Equal("pending", Single(await ParticipantsAsync(secretariat, "role=Press&state=pending"), Journalist).GetProperty("state").GetString());

        await OkJsonAsync(await secretariat.PostAsync($"/api/accreditation/nominations/{request.GetProperty("id")}/approve"));
        Assert.Equal("invited", Single(await ParticipantsAsync(secretariat, "role=Press"), Journalist).GetProperty("state").GetString());
        Assert.DoesNotContain(await ParticipantsAsync(secretariat, "role=Press&state=pending"), r => r.GetProperty("email").GetString() == Journalist);
        Assert.DoesNotContain(await ParticipantsAsync(secretariat, "role=Observer"), r => r.GetProperty("email").GetString() == Journalist);
    }

    [Fact]
    public async Task Participants_FilterByDelegationRoleAndState_AndTheCsvHoldsTheSameRows()
    {
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var kaz = await Host.WithDbAsync(db => db.Delegations.Where(d => d.Code == "KAZ").Select(d => d.Id).SingleAsync());

        var everyone = await ParticipantsAsync(secretariat, "");
        var ofKaz = await ParticipantsAsync(secretariat, $"delegation={kaz}");
        Assert.NotEmpty(ofKaz);
        Assert.True(ofKaz.Count < everyone.Count);
        Assert.All(ofKaz, r => Assert.Equal("KAZ", r.GetProperty("delegationCode").GetString()));
        var alternates = await ParticipantsAsync(secretariat, $"delegation={kaz}&role=Alternate");
        var alternate = Assert.Single(alternates);
        Assert.Equal(DemoLogins.Alternate("KAZ"), alternate.GetProperty("email").GetString());
        Assert.All(await ParticipantsAsync(secretariat, "state=active"), r => Assert.Equal("active", r.GetProperty("state").GetString()));
        Assert.Empty(await ParticipantsAsync(secretariat, $"delegation={kaz}&state=rejected"));

        var csv = await secretariat.Http.GetAsync($"/api/accreditation/participants.csv?delegation={kaz}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("name,email,role,", lines[0]);
        Assert.Equal(ofKaz.Count, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(DemoLogins.Alternate("KAZ"), StringComparison.Ordinal) && l.Contains(",Alternate,", StringComparison.Ordinal));

        await using var delegate_ = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        Assert.Equal("auth.forbidden", await CodeOf(await delegate_.Http.GetAsync("/api/accreditation/participants.csv")));
    }

    private static JsonElement Single(List<JsonElement> rows, string email) => Assert.Single(rows, r => r.GetProperty("email").GetString() == email);

    private static async Task<List<JsonElement>> ParticipantsAsync(Participant secretariat, string query) =>
        (await secretariat.GetAsync<JsonElement>($"/api/accreditation/participants?{query}")).EnumerateArray().ToList();
}
