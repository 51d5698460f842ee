using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.TestSupport;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>
/// A refused delegation or import line says why by a stable code with the values its wording needs, so the page
/// words it in its reader's language: over HTTP, as the secretariat's browser receives it.
/// </summary>
public sealed class DelegationRefusalTests : HostPerTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => FreshConference.Settings();

    [Fact]
    public async Task AWrongCodeInTheForm_IsRefusedWithItsCodeAndValue_AndNothingIsWritten()
    {
        await using var secretariat = await SetUpAsync(Host, $"secretariat.{Guid.NewGuid():N}@ministry.example");
        var refused = await secretariat.PostAsync("/api/accreditation/delegations", new { code = "KZ", name = "Kazakhstan", kind = "MemberState", headRank = "Minister" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("delegation.code_not_iso", problem.GetProperty("code").GetString());
        Assert.Equal("KZ", problem.GetProperty("values").GetProperty("code").GetString());
        Assert.Equal(0, await Host.WithDbAsync(db => db.Delegations.CountAsync()));
        Assert.Contains(Host.Logs.Lines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("delegation.code_not_iso", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePreview_GivesEachLinesReasonCodeValuesAndChanges()
    {
        await using var secretariat = await SetUpAsync(Host, $"secretariat.{Guid.NewGuid():N}@ministry.example");
        await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/delegations", new { code = "MEX", name = "Mexico", kind = "MemberState", headRank = "Minister" }));
        var csv = "code,name,kind,votes,rank\nMEX,United Mexican States,MemberState,yes,Ambassador\nKAZ,Kazakhstan,MemberState,maybe,Minister\n";

        var preview = await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/delegations/import/preview", new { csv }));

        var rows = preview.GetProperty("rows").EnumerateArray().ToList();
        var changes = rows[0].GetProperty("changes").EnumerateArray().Select(c =>
            $"{c.GetProperty("field").GetString()}:{c.GetProperty("from").GetString()}>{c.GetProperty("to").GetString()}").ToList();
        Assert.Equal(["name:Mexico>United Mexican States", "rank:Minister>Ambassador"], changes);
        Assert.Equal("delegation.votes_unknown", rows[1].GetProperty("reasonCode").GetString());
        Assert.Equal("maybe", rows[1].GetProperty("reasonValues").GetProperty("votes").GetString());

        var quote = await secretariat.PostAsync("/api/accreditation/delegations/import/preview", new { csv = "code,name\nKAZ,Kaza\"khstan\n" });
        var problem = await quote.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("import.quote_misplaced", "2"), (problem.GetProperty("code").GetString(), problem.GetProperty("values").GetProperty("line").GetString()));
    }
}
