using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Integration.Tests.Foundation;

public sealed class HostEndpointTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersOk_WithoutSignIn(string path)
    {
        var response = await fixture.Host.Anonymous().Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheRestEndpoints()
    {
        var doc = await fixture.Host.Anonymous().Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/conference", paths);
        Assert.Contains("/api/auth/signin", paths);
        Assert.Contains("/api/me", paths);
        Assert.Contains("/api/sessions/{id}", paths);
    }

    [Theory]
    [InlineData("/api/conference")]
    [InlineData("/api/me")]
    [InlineData("/api/delegations")]
    public async Task Api_WithoutSignIn_Is401(string path)
    {
        var response = await fixture.Host.Anonymous().Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/signin.html")]
    public async Task SignInPage_IsServedToAnonymousVisitors(string path)
    {
        var response = await fixture.Host.Anonymous().Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignalRBrowserClient_IsServedByTheHost()
    {
        var response = await fixture.Host.Anonymous().Http.GetAsync("/lib/signalr/signalr.min.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Conference_HasTheDemoDelegationsAndAgenda()
    {
        await using var kaz = await fixture.Host.SignInAsync(DemoLogins.Head("KAZ"));
        var conference = (await kaz.GetAsync<ConferenceView>("/api/conference"))!;

        Assert.Equal("7th Online Ministerial of the Global Coalition to Address Synthetic Drug Threats", conference.Title);
        Assert.Equal(60, conference.Delegations.Count);
        Assert.Equal(60, conference.Delegations.Select(d => d.Code).Distinct().Count());
        Assert.Equal(52, conference.Delegations.Count(d => d.Votes));
        foreach (var code in new[] { "UNODC", "INTERPOL", "WHO", "EU", "OSCE", "SCO", "OIC" })
        {
            var organization = conference.Delegations.Single(d => d.Code == code);
            Assert.Equal(DelegationKind.InternationalOrganization, organization.Kind);
            Assert.False(organization.Votes);
        }
        Assert.All(conference.Delegations, d => Assert.NotNull(d.SeatHolder));
        Assert.Equal("Kazakhstan", conference.Delegations.Single(d => d.Code == "KAZ").Name);

        Assert.Equal(5, conference.Sessions.Count);
        Assert.Equal(2, conference.Sessions.Count(s => s.Kind == SessionKind.Panel));
        Assert.StartsWith("Opening remarks", conference.Sessions[0].Title, StringComparison.Ordinal);
        Assert.Equal("Adoption of the Declaration", conference.Sessions[^1].Title);
        Assert.InRange(conference.Sessions[0].StartsAt, conference.ServerTime.AddHours(-1), conference.ServerTime);
    }

    [Fact]
    public async Task UnknownSession_Is404_WithStableCode()
    {
        await using var kaz = await fixture.Host.SignInAsync(DemoLogins.Head("KAZ"));
        var response = await kaz.Http.GetAsync($"/api/sessions/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("session.not_found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Me_ForTheHeadOfKazakhstan_ShowsDelegationAndSeat()
    {
        await using var kaz = await fixture.Host.SignInAsync(DemoLogins.Head("KAZ"));
        var me = await kaz.GetAsync<JsonElement>("/api/me");
        Assert.Equal("KAZ", me.GetProperty("delegation").GetProperty("code").GetString());
        Assert.Equal("Head", me.GetProperty("seatRole").GetString());
        Assert.True(me.GetProperty("holdsSeat").GetBoolean());
        Assert.Equal(["Delegate"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
