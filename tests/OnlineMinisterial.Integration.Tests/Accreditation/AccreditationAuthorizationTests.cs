using System.Net;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Data;
using static OnlineMinisterial.Integration.Tests.Accreditation.FreshConference;

namespace OnlineMinisterial.Integration.Tests.Accreditation;

/// <summary>Every setup endpoint refuses anyone but the secretariat with a code, and changes nothing.</summary>
public abstract class AccreditationAuthorizationTests(DatabaseProvider provider) : HostPerTest(provider)
{
    private static readonly (string Method, string Path)[] SecretariatOnly =
    [
        ("GET", "/api/accreditation/delegations"),
        ("POST", "/api/accreditation/delegations"),
        ("PUT", "/api/accreditation/delegations/{kaz}"),
        ("DELETE", "/api/accreditation/delegations/{kaz}"),
        ("POST", "/api/accreditation/delegations/import/preview"),
        ("POST", "/api/accreditation/delegations/import"),
        ("POST", "/api/accreditation/delegations/{kaz}/focal-point"),
        ("GET", "/api/accreditation/delegations/{kaz}/credentials"),
        ("GET", "/api/accreditation/nominations"),
        ("POST", "/api/accreditation/nominations/{nomination}/approve"),
        ("POST", "/api/accreditation/nominations/{nomination}/reject"),
        ("GET", "/api/accreditation/participants"),
        ("GET", "/api/accreditation/participants.csv"),
        ("POST", "/api/accreditation/participants/{person}/invitation"),
        ("POST", "/api/accreditation/participants/{person}/chair"),
        ("POST", "/api/accreditation/staff"),
        ("GET", "/api/accreditation/outbox"),
    ];

    private static readonly object Body = new
    {
        code = "ZZZ", name = "Nowhere", kind = "MemberState", headRank = "Minister", csv = "code,name,kind,votes,rank\nZZZ,Nowhere,MemberState,yes,Minister",
        displayName = "Intruder", email = "intruder@example.org", role = "Head", reason = "because", personId = "x",
    };

    [Theory]
    [InlineData("kaz.head")]      // a head of delegation and focal point
    [InlineData("chair")]
    [InlineData("observer")]
    public async Task EverySetupEndpoint_RefusesWithACode_AndChangesNothing(string who)
    {
        await using var caller = await Host.SignInAsync(DemoLogins.Email(who));
        var before = await SnapshotAsync();
        foreach (var (method, template) in SecretariatOnly)
        {
            var response = await SendAsync(caller, method, await PathAsync(template));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {template}: {(int)response.StatusCode}");
            Assert.Equal("auth.forbidden", await CodeOf(response));
        }
        Assert.Equal(before, await SnapshotAsync());
        // Each refusal is one line at Information with its code (ADR 0022), never an Error or a stack trace.
        var lines = Host.Logs.Lines.ToList();
        Assert.Equal(SecretariatOnly.Length, lines.Count(l => l.StartsWith("Information", StringComparison.Ordinal)
            && l.Contains("Refused ", StringComparison.Ordinal) && l.Contains("/api/accreditation/", StringComparison.Ordinal) && l.Contains("auth.forbidden", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetupEndpoints_WithoutSignIn_Answer401()
    {
        await using var visitor = Host.Anonymous();
        foreach (var (method, template) in SecretariatOnly.Where(e => e.Method == "GET"))
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(visitor, method, await PathAsync(template))).StatusCode);
    }

    [Fact]
    public async Task FocalPointEndpoints_RefuseADelegateWhoIsNotAFocalPoint()
    {
        await using var alternate = await Host.SignInAsync(DemoLogins.Email("kaz.alternate"));
        var before = await SnapshotAsync();
        foreach (var path in new[] { "/api/my-delegation/nominations", "/api/my-delegation/seat-holder", "/api/my-delegation/credentials" })
            Assert.Equal("auth.not_focal_point", await CodeOf(await alternate.PostAsync(path, Body)));
        Assert.Equal("auth.not_focal_point", await CodeOf(await alternate.Http.GetAsync("/api/my-delegation")));
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<string> PathAsync(string template)
    {
        var (kaz, nomination, person) = await Host.WithDbAsync(async db => (
            (await db.Delegations.SingleAsync(d => d.Code == "KAZ")).Id,
            await db.Nominations.Select(n => n.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == DemoLogins.Email("chair")).Select(u => u.Id).SingleAsync()));
        return template.Replace("{kaz}", kaz.ToString()).Replace("{nomination}", nomination.ToString()).Replace("{person}", person);
    }

    private static Task<HttpResponseMessage> SendAsync(Participant p, string method, string path) =>
        method == "GET" ? p.Http.GetAsync(path) : p.PostAsync(path, Body, new HttpMethod(method));

    private Task<string> SnapshotAsync() => Host.WithDbAsync(async db => string.Join("|",
        await db.Delegations.CountAsync(), await db.Delegations.SumAsync(d => d.Version), await db.Nominations.CountAsync(),
        await db.Nominations.SumAsync(n => n.Version), await db.Users.CountAsync(), await db.UserRoles.CountAsync(), await db.AccessLinks.CountAsync()));
}

public sealed class AccreditationAuthorizationSqliteTests() : AccreditationAuthorizationTests(DatabaseProvider.Sqlite);

public sealed class AccreditationAuthorizationPostgresTests() : AccreditationAuthorizationTests(DatabaseProvider.Postgres);
