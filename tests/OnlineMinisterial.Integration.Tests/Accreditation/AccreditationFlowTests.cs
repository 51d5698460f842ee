using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Data;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>
/// From an empty database to delegates in a plenary: setup link, conference, the 60 delegations by CSV, a focal
/// point nominating three members, approval, invitations through a real SMTP server, passwords set through links.
/// </summary>
public abstract class AccreditationFlowTests(DatabaseProvider provider) : HostPerTest(provider)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    protected override IReadOnlyDictionary<string, string?> Settings => FreshConference.Settings();

    private string Mail(string who) => $"{who}.{_run}@ministry.example";

    [Fact]
    public async Task EmptyDatabase_ToThreeNominatedMembersJoiningAPlenary()
    {
        var token = await SetupTokenAsync(Host);
        await using var secretariat = await SetUpAsync(Host, Mail("secretariat"), token);

        // The setup link worked once.
        await using var late = Host.Anonymous();
        var again = await late.PostAsync("/api/access/setup", new { token, conference = new { }, secretariat = new { } });
        Assert.Equal("link.used", await CodeOf(again));

        var preview = await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/delegations/import/preview", new { csv = SampleCsv() }));
        Assert.Equal(60, preview.GetProperty("new").GetInt32());
        Assert.Equal(0, await Host.WithDbAsync(db => db.Delegations.CountAsync()));
        var imported = await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/delegations/import", new { csv = SampleCsv() }));
        Assert.Equal(60, imported.GetProperty("created").GetInt32());
        var kaz = await Host.WithDbAsync(db => db.Delegations.SingleAsync(d => d.Code == "KAZ"));

        var me = await secretariat.GetAsync<JsonElement>("/api/me");
        var plenary = await OkJsonAsync(await secretariat.PostAsync("/api/agenda/sessions", new
        {
            title = "Opening plenary", kind = "Plenary", chairId = me.GetProperty("id").GetString(),
            start = DateTime.UtcNow.Date.AddDays(2).AddHours(10).ToString("s", CultureInfo.InvariantCulture),
            end = DateTime.UtcNow.Date.AddDays(2).AddHours(11).ToString("s", CultureInfo.InvariantCulture),
        }));
        var sessionId = plenary.GetProperty("id").GetGuid();

        // The focal point is invited by e-mail and sets a password through the link.
        await OkJsonAsync(await secretariat.PostAsync($"/api/accreditation/delegations/{kaz.Id}/focal-point",
            new { displayName = "Askar Nurlanov", email = Mail("head"), role = "Head", language = "ru" }));
        var invitation = await TestSmtp.WaitForAsync(Mail("head"));
        Assert.Contains("Ministerial Conference on Water", invitation.Subject);
        Assert.Contains("Уважаемый(ая) Askar Nurlanov", invitation.Text);
        await using var focal = await AcceptAsync(Host, TestSmtp.TokenIn(invitation.Text));

        // A used invitation link is refused with its code.
        await using var replay = Host.Anonymous();
        var replayed = await replay.PostAsync("/api/access/invitation", new { token = TestSmtp.TokenIn(invitation.Text), password = Password });
        Assert.Equal("link.used", await CodeOf(replayed));

        string[] members = ["alternate", "representative", "adviser"];
        string[] roles = ["Alternate", "Representative", "Adviser"];
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var n = await OkJsonAsync(await focal.PostAsync("/api/my-delegation/nominations",
                new { displayName = $"Member {members[i]}", email = Mail(members[i]), role = roles[i], language = "en" }));
            Assert.Equal("Pending", n.GetProperty("state").GetString());
            ids.Add(n.GetProperty("id").GetGuid());
        }
        Assert.Equal(3, (await secretariat.GetAsync<JsonElement>("/api/accreditation/nominations")).GetArrayLength());
        // Nothing before approval: no account, no message.
        Assert.Equal(0, await TestSmtp.CountAsync(Mail("alternate")));
        await AssertSignInRefusedAsync(Mail("alternate"));

        foreach (var id in ids) await OkJsonAsync(await secretariat.PostAsync($"/api/accreditation/nominations/{id}/approve"));
        foreach (var member in members)
        {
            var message = await TestSmtp.WaitForAsync(Mail(member), "Your invitation");
            Assert.DoesNotContain(Password, message.Text);
            await using var person = await AcceptAsync(Host, TestSmtp.TokenIn(message.Text));
            var who = await person.GetAsync<JsonElement>("/api/me");
            Assert.Equal("KAZ", who.GetProperty("delegation").GetProperty("code").GetString());
            var floor = await person.ConnectAsync("/hubs/floor");
            var snapshot = await floor.InvokeAsync<JsonElement>("JoinSession", sessionId);
            Assert.Equal(sessionId, snapshot.GetProperty("sessionId").GetGuid());
        }

        var participants = await secretariat.GetAsync<JsonElement>($"/api/accreditation/participants?delegation={kaz.Id}");
        Assert.Equal(4, participants.GetArrayLength());
        Assert.All(participants.EnumerateArray(), p => Assert.Equal("active", p.GetProperty("state").GetString()));
        Assert.DoesNotContain(Host.Logs.Lines, l => l.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RejectedNominee_GetsTheReason_AndCannotSignIn()
    {
        await using var secretariat = await SetUpAsync(Host, Mail("secretariat"));
        await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/delegations", new { code = "MEX", name = "Mexico", kind = "MemberState", headRank = "Minister" }));
        var mex = await Host.WithDbAsync(db => db.Delegations.SingleAsync());
        await OkJsonAsync(await secretariat.PostAsync($"/api/accreditation/delegations/{mex.Id}/focal-point", new { displayName = "Head", email = Mail("head"), role = "Head" }));
        await using var focal = await AcceptAsync(Host, TestSmtp.TokenIn((await TestSmtp.WaitForAsync(Mail("head"))).Text));
        var n = await OkJsonAsync(await focal.PostAsync("/api/my-delegation/nominations", new { displayName = "Someone", email = Mail("someone"), role = "Adviser", language = "fr" }));

        var refused = await secretariat.PostAsync($"/api/accreditation/nominations/{n.GetProperty("id")}/reject", new { reason = "" });
        Assert.Equal("nomination.reason_required", await CodeOf(refused));
        await OkJsonAsync(await secretariat.PostAsync($"/api/accreditation/nominations/{n.GetProperty("id")}/reject", new { reason = "Not named in the credentials letter." }));

        var notice = await TestSmtp.WaitForAsync(Mail("someone"), "accréditation");
        Assert.Contains("Not named in the credentials letter.", notice.Text);
        Assert.DoesNotContain("token=", notice.Text);
        await AssertSignInRefusedAsync(Mail("someone"));
        var approve = await secretariat.PostAsync($"/api/accreditation/nominations/{n.GetProperty("id")}/approve");
        Assert.Equal("nomination.not_pending", await CodeOf(approve));
    }

    [Fact]
    public async Task ExpiredInvitation_IsRefusedWithItsCode_AndANewOneWorks()
    {
        await using var secretariat = await SetUpAsync(Host, Mail("secretariat"));
        var staff = await OkJsonAsync(await secretariat.PostAsync("/api/accreditation/staff", new { displayName = "A Chair", email = Mail("chair"), role = "Chair" }));
        var first = TestSmtp.TokenIn((await TestSmtp.WaitForAsync(Mail("chair"))).Text);
        // Invitations live 24 hours: this one is made 25 hours old.
        var hash = AccessLink.Hash(first);
        await Host.WithDbAsync(db => db.AccessLinks.Where(l => l.TokenHash == hash)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddHours(-1))));
        await using var chair = Host.Anonymous();
        var expired = await chair.PostAsync("/api/access/invitation", new { token = first, password = Password });
        Assert.Equal("link.expired", await CodeOf(expired));
        var unknown = await chair.PostAsync("/api/access/invitation", new { token = "not-a-token", password = Password });
        Assert.Equal("link.invalid", await CodeOf(unknown));

        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsync($"/api/accreditation/participants/{staff.GetString()}/invitation")).StatusCode);
        await using var accepted = await AcceptAsync(Host, await LatestTokenAsync(Mail("chair"), first));
        Assert.Equal(HttpStatusCode.OK, (await accepted.Http.GetAsync("/api/me")).StatusCode);
    }

    private static async Task<string> LatestTokenAsync(string to, string notThis)
    {
        for (var i = 0; i < 75; i++)
        {
            var api = Environment.GetEnvironmentVariable(TestSmtp.ApiVariable)!.TrimEnd('/');
            using var http = new HttpClient();
            var list = await http.GetFromJsonAsync<JsonElement>($"{api}/api/messages?pageSize=500");
            foreach (var m in list.GetProperty("results").EnumerateArray().Where(m => m.GetProperty("to").EnumerateArray().Any(t => t.GetString() == to)))
            {
                var token = TestSmtp.TokenIn(await http.GetStringAsync($"{api}/api/messages/{m.GetProperty("id").GetString()}/plaintext"));
                if (token != notThis) return token;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("No second invitation arrived.");
    }

    private async Task AssertSignInRefusedAsync(string email)
    {
        await using var visitor = Host.Anonymous();
        var response = await visitor.PostAsync("/api/auth/signin", new { email, password = Password });
        Assert.Equal("auth.invalid_credentials", await CodeOf(response));
    }
}

public sealed class AccreditationFlowSqliteTests() : AccreditationFlowTests(DatabaseProvider.Sqlite);

public sealed class AccreditationFlowPostgresTests() : AccreditationFlowTests(DatabaseProvider.Postgres);
