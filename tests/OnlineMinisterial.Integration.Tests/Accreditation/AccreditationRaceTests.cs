using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Data;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>
/// Two secretariat members (or two tabs) sending the same accreditation command at the same moment: one wins,
/// the other gets a coded refusal and nothing is written twice. Never a server error from a unique index.
/// </summary>
public abstract class AccreditationRaceTests(DatabaseProvider provider) : HostPerTest(provider)
{
    private const int Rounds = 4;
    private static readonly string[] DecidedCodes = ["nomination.not_pending", "version.conflict"];
    private static readonly string[] TakenCodes = ["delegation.code_taken", "version.conflict"];
    private static readonly string[] EmailCodes = ["nomination.email_taken", "version.conflict"];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    protected override IReadOnlyDictionary<string, string?> Settings => FreshConference.Settings();

    private string Mail(string who) => $"{who}.{_run}@ministry.example";

    [Fact]
    public async Task TwoSecretariatMembers_ApprovingTheSameNominationAtOnce_OneWins_TheOtherIsRefusedWithACode()
    {
        await using var first = await SetUpAsync(Host, Mail("secretariat"));
        await using var second = await Host.SignInAsync(Mail("secretariat"), Password);
        var (_, focal) = await DelegationWithFocalPointAsync(first, "MEX", "Representative");
        var ids = new List<Guid>();
        for (var i = 0; i < Rounds; i++)
            ids.Add((await OkJsonAsync(await focal.PostAsync("/api/my-delegation/nominations",
                new { displayName = $"Alternate {i}", email = Mail($"alternate{i}"), role = "Alternate" }))).GetProperty("id").GetGuid());

        foreach (var id in ids)
        {
            var path = $"/api/accreditation/nominations/{id}/approve";
            var loser = await OneWinsAsync(first.PostAsync(path), second.PostAsync(path));
            Assert.Contains(await CodeOf(loser), DecidedCodes);
        }
        for (var i = 0; i < Rounds; i++)
        {
            var email = Mail($"alternate{i}");
            var people = await Host.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).ToListAsync());
            var person = Assert.Single(people);
            Assert.Equal(1, await Host.WithDbAsync(db => db.AccessLinks.CountAsync(l => l.PersonId == person && l.Purpose == AccessLinkPurpose.Invitation)));
        }
        AssertRefusalsLoggedAsInformation();
    }

    [Fact]
    public async Task TheSameDelegationCode_CreatedTwiceOrImportedAtOnce_IsOneDelegation_AndNoCallFailsUncoded()
    {
        await using var first = await SetUpAsync(Host, Mail("secretariat"));
        await using var second = await Host.SignInAsync(Mail("secretariat"), Password);
        for (var i = 0; i < Rounds; i++)
        {
            var code = $"ORG-{i}";
            var body = new { code, name = $"Organization {i}", kind = "InternationalOrganization", headRank = "SeniorOfficial" };
            var loser = await OneWinsAsync(first.PostAsync("/api/accreditation/delegations", body), second.PostAsync("/api/accreditation/delegations", body));
            Assert.Contains(await CodeOf(loser), TakenCodes);

            // An import racing a manual create: whichever comes second sees the first's delegation.
            var other = $"ORG-X{i}";
            var csv = $"code,name,kind,votes,rank\n{other},Imported {i},InternationalOrganization,no,SeniorOfficial\n";
            var answers = await Task.WhenAll(
                first.PostAsync("/api/accreditation/delegations/import", new { csv }),
                second.PostAsync("/api/accreditation/delegations", body with { code = other }));
            foreach (var answer in answers.Where(a => !a.IsSuccessStatusCode))
                Assert.Contains(await CodeOf(answer), TakenCodes);
            Assert.Equal(1, await Host.WithDbAsync(db => db.Delegations.CountAsync(d => d.Code == other)));
        }
        Assert.Equal(2 * Rounds, await Host.WithDbAsync(db => db.Delegations.CountAsync()));
        AssertRefusalsLoggedAsInformation();
    }

    [Fact]
    public async Task TwoHeadsNominatedAtOnce_OnlyOneIsPending()
    {
        await using var secretariat = await SetUpAsync(Host, Mail("secretariat"));
        var (delegationId, focal) = await DelegationWithFocalPointAsync(secretariat, "BRA", "Representative");
        await using var otherTab = await Host.SignInAsync(Mail("focal"), Password);
        var loser = await OneWinsAsync(
            focal.PostAsync("/api/my-delegation/nominations", new { displayName = "Head A", email = Mail("heada"), role = "Head" }),
            otherTab.PostAsync("/api/my-delegation/nominations", new { displayName = "Head B", email = Mail("headb"), role = "Head" }));
        Assert.Equal("nomination.head_exists", await CodeOf(loser));
        Assert.Equal(1, await Host.WithDbAsync(db => db.Nominations.CountAsync(n => n.DelegationId == delegationId && n.SeatRole == SeatRole.Head)));
    }

    [Fact]
    public async Task OneInvitationLink_UsedInTwoTabsAtOnce_WorksOnce()
    {
        await using var secretariat = await SetUpAsync(Host, Mail("secretariat"));
        for (var i = 0; i < Rounds; i++)
        {
            await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/staff", new { displayName = $"Chair {i}", email = Mail($"chair{i}"), role = "Chair" }));
            var token = TestSmtp.TokenIn((await TestSmtp.WaitForAsync(Mail($"chair{i}"))).Text);
            await using var tab1 = Host.Anonymous();
            await using var tab2 = Host.Anonymous();
            var loser = await OneWinsAsync(
                tab1.PostAsync("/api/access/invitation", new { token, password = Password }),
                tab2.PostAsync("/api/access/invitation", new { token, password = Password + "x" }));
            Assert.Equal("link.used", await CodeOf(loser));
        }
    }

    [Fact]
    public async Task AnInvitationSentAgainFromTwoScreensAtOnce_LeavesOneWorkingLink()
    {
        await using var first = await SetUpAsync(Host, Mail("secretariat"));
        await using var second = await Host.SignInAsync(Mail("secretariat"), Password);
        var id = (await OkJsonAsync(await first.PostAsync("/api/accreditation/staff", new { displayName = "A Chair", email = Mail("chair"), role = "Chair" }))).GetString();
        for (var i = 0; i < Rounds; i++)
        {
            var path = $"/api/accreditation/participants/{id}/invitation";
            var answers = await Task.WhenAll(first.PostAsync(path), second.PostAsync(path));
            Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, $"{(int)a.StatusCode}"));
            var links = await Host.WithDbAsync(db => db.AccessLinks.Where(l => l.PersonId == id && l.Purpose == AccessLinkPurpose.Invitation).ToListAsync());
            Assert.Single(links, l => l.IsUsable(DateTimeOffset.UtcNow));
        }
    }

    [Fact]
    public async Task TheSameColleagueInvitedTwiceAtOnce_HasOneAccount()
    {
        await using var first = await SetUpAsync(Host, Mail("secretariat"));
        await using var second = await Host.SignInAsync(Mail("secretariat"), Password);
        for (var i = 0; i < Rounds; i++)
        {
            var body = new { displayName = $"Colleague {i}", email = Mail($"colleague{i}"), role = "Secretariat" };
            var loser = await OneWinsAsync(first.PostAsync("/api/accreditation/staff", body), second.PostAsync("/api/accreditation/staff", body));
            Assert.Contains(await CodeOf(loser), EmailCodes);
            var email = Mail($"colleague{i}");
            Assert.Equal(1, await Host.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));

            // Letting the same person chair from two screens at once gives the role once.
            var id = await Host.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
            var answers = await Task.WhenAll(first.PostAsync($"/api/accreditation/participants/{id}/chair"), second.PostAsync($"/api/accreditation/participants/{id}/chair"));
            foreach (var answer in answers.Where(a => !a.IsSuccessStatusCode)) Assert.Equal("version.conflict", await CodeOf(answer));
            Assert.Equal(2, await Host.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == id)));
        }
        AssertRefusalsLoggedAsInformation();
    }

    /// <summary>Both calls run at once; exactly one succeeds and the other is a coded 4xx. Returns the refused one.</summary>
    private static async Task<HttpResponseMessage> OneWinsAsync(Task<HttpResponseMessage> a, Task<HttpResponseMessage> b)
    {
        var answers = await Task.WhenAll(a, b);
        var won = answers.Where(r => r.IsSuccessStatusCode).ToList();
        var lost = answers.Where(r => !r.IsSuccessStatusCode).ToList();
        Assert.True(won.Count == 1 && lost.Count == 1,
            $"{string.Join(", ", answers.Select(r => (int)r.StatusCode))}: {await answers[0].Content.ReadAsStringAsync()} / {await answers[1].Content.ReadAsStringAsync()}");
        Assert.InRange((int)lost[0].StatusCode, 400, 499);
        return lost[0];
    }

    private async Task<(Guid Id, Participant FocalPoint)> DelegationWithFocalPointAsync(Participant secretariat, string code, string role)
    {
        await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/delegations", new { code, name = code, kind = "MemberState", headRank = "Minister" }));
        var id = await Host.WithDbAsync(db => db.Delegations.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());
        await OkJsonAsync(await secretariat.PostAsync($"/api/accreditation/delegations/{id}/focal-point", new { displayName = "Focal point", email = Mail("focal"), role }));
        return (id, await AcceptAsync(Host, TestSmtp.TokenIn((await TestSmtp.WaitForAsync(Mail("focal"))).Text)));
    }

    private void AssertRefusalsLoggedAsInformation()
    {
        var lines = Host.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("Refused POST /api/accreditation/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal));
    }
}

public sealed class AccreditationRaceSqliteTests() : AccreditationRaceTests(DatabaseProvider.Sqlite);

public sealed class AccreditationRacePostgresTests() : AccreditationRaceTests(DatabaseProvider.Postgres);
