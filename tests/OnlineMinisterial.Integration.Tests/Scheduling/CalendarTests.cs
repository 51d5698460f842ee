using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

public sealed class CalendarTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static Ical.Net.Calendar Parse(string text) => Ical.Net.Calendar.Load(text)!;

    [Fact]
    public async Task AgendaIcs_ParsesWithIcalNet_AndHoldsEverySessionInUtc()
    {
        await using var kaz = await fixture.Host.SignInAsync(DemoLogins.Head("KAZ"));
        var conference = (await kaz.GetAsync<ConferenceView>("/api/conference"))!;

        var response = await kaz.Http.GetAsync("/api/agenda.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        var events = Parse(text).Events;
        Assert.Equal(conference.Sessions.Count, events.Count);
        foreach (var session in conference.Sessions)
        {
            var e = Assert.Single(events, x => x.Uid == $"{session.Id}@onlineministerial");
            Assert.Equal(session.Title, e.Summary);
            Assert.Equal(session.StartsAt.UtcDateTime, e.Start!.AsUtc);
            Assert.Equal(session.EndsAt.UtcDateTime, e.End!.AsUtc);
            Assert.True(e.Start.IsUtc);
            var page = session.Kind == Domain.Conference.SessionKind.Panel ? "panel" : "session";
            Assert.EndsWith($"/{page}?id={session.Id}", e.Url!.ToString(), StringComparison.Ordinal);
            Assert.Equal("CONFIRMED", e.Status);
            Assert.Contains(session.Chair.DisplayName, e.Description, StringComparison.Ordinal);
            Assert.Contains(session.Kind.ToString(), e.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AgendaIcs_NeedsSignIn()
    {
        var response = await fixture.Host.Anonymous().Http.GetAsync("/api/agenda.ics");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PrivateFeed_WorksWithItsToken_NotWithout_AndStopsWhenReplacedOrRevoked()
    {
        await using var mex = await fixture.Host.SignInAsync(DemoLogins.Head("MEX"));
        var anonymous = fixture.Host.Anonymous().Http;

        var first = (await (await mex.PostAsync("/api/calendar/feed")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var feed = await anonymous.GetAsync(new Uri(first).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(5, Parse(await feed.Content.ReadAsStringAsync()).Events.Count);

        var wrong = await anonymous.GetAsync("/calendar/not-a-real-token.ics");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal("calendar.feed_not_found", await Agenda.CodeOf(wrong));

        var second = (await (await mex.PostAsync("/api/calendar/feed")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(first).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(second).PathAndQuery)).StatusCode);

        (await mex.PostAsync("/api/calendar/feed", method: HttpMethod.Delete)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(second).PathAndQuery)).StatusCode);
        var status = (await mex.GetAsync<JsonElement>("/api/calendar/feed"));
        Assert.False(status.GetProperty("active").GetBoolean());
    }
}
