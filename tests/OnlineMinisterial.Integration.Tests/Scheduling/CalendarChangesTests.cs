using System.Net.Http.Json;
using System.Text.Json;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>What calendar apps that imported the agenda are told when it changes, and which address the links carry.</summary>
public sealed class CalendarChangesTests
{
    private static async Task<Ical.Net.Calendar> CalendarAsync(Participant who) =>
        Ical.Net.Calendar.Load(await who.Http.GetStringAsync("/api/agenda.ics"))!;

    [Fact]
    public async Task ACancelledSession_StaysInTheFeed_AsCancelled_WithAHigherSequence()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db);
        await using var secretariat = await host.SignInAsync(DemoLogins.Secretariat);
        await using var kaz = await host.SignInAsync(DemoLogins.Head("KAZ"));
        var session = await Agenda.CreateAsync(secretariat, "Side event", Agenda.SecondsAhead(7200), TimeSpan.FromMinutes(45));
        var uid = $"{session.Id}@onlineministerial";
        var before = Assert.Single((await CalendarAsync(kaz)).Events, e => e.Uid == uid);

        (await secretariat.PostAsync($"/api/agenda/sessions/{session.Id}/cancel", new { version = session.Version })).EnsureSuccessStatusCode();

        var after = Assert.Single((await CalendarAsync(kaz)).Events, e => e.Uid == uid);
        Assert.Equal("CONFIRMED", before.Status);
        Assert.Equal("CANCELLED", after.Status);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} must be above {before.Sequence}");
        Assert.Equal(before.Start!.AsUtc, after.Start!.AsUtc);
        var agenda = (await kaz.GetAsync<ConferenceView>("/api/conference"))!;
        Assert.DoesNotContain(agenda.Sessions, s => s.Id == session.Id);
    }

    [Fact]
    public async Task WithAPublicBaseUrl_LinksAndTheFeedAddress_UseIt_NotTheRequestsHost()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db, new Dictionary<string, string?> { ["App:PublicBaseUrl"] = "https://ministerial.example.org/om" });
        await using var mex = await host.SignInAsync(DemoLogins.Head("MEX"));
        var sessions = (await mex.GetAsync<ConferenceView>("/api/conference"))!.Sessions;
        var panel = sessions.First(s => s.Kind == SessionKind.Panel);
        var plenary = sessions.First(s => s.Kind == SessionKind.Plenary);

        var events = (await CalendarAsync(mex)).Events;
        var feed = (await (await mex.PostAsync("/api/calendar/feed")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        Assert.Equal($"https://ministerial.example.org/om/panel?id={panel.Id}", events.Single(e => e.Uid == $"{panel.Id}@onlineministerial").Url!.ToString());
        Assert.Equal($"https://ministerial.example.org/om/session?id={plenary.Id}", events.Single(e => e.Uid == $"{plenary.Id}@onlineministerial").Url!.ToString());
        Assert.StartsWith("https://ministerial.example.org/om/calendar/", feed, StringComparison.Ordinal);
        Assert.EndsWith(".ics", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidPublicBaseUrl_StopsTheHostAtStart()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db, new Dictionary<string, string?> { ["App:PublicBaseUrl"] = "not an address" });

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains("App:PublicBaseUrl", error.ToString(), StringComparison.Ordinal);
    }
}
