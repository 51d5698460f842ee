using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.E2E;

/// <summary>
/// Every page has the same header, drawn once by the shell, with the bell; a normal visit logs nothing in the
/// console; a reminder reaches a delegate wherever they are; the panel reads on a tablet.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EveryPageTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    private Task<(Guid Plenary, Guid Panel)> SessionsAsync() => fixture.Host.WithDbAsync(async db =>
    {
        var plenary = await db.Sessions.Where(s => s.Kind == SessionKind.Plenary).OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync();
        var panel = await db.Sessions.Where(s => s.Kind == SessionKind.Panel).OrderBy(s => s.Ordinal).FirstAsync();
        if (panel.State == SessionState.Scheduled)
        {
            panel.Open(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        return (plenary, panel.Id);
    });

    [Fact]
    public async Task EveryPage_ShowsTheHeaderOnceWithTheBell_AndANormalVisitLogsNoErrorsOrWarnings()
    {
        var (plenary, panel) = await SessionsAsync();
        await using var secretariat = await fixture.OpenAsync("pages-secretariat", timeZone: "America/New_York");
        var console = PageChecks.WatchConsole(secretariat);
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await Assertions.Expect(secretariat.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");

        string[] pages = ["/", $"/session?id={plenary}", $"/chair?id={plenary}", $"/panel?id={panel}", "/vote", "/declaration", "/secretariat", "/agenda"];
        foreach (var path in pages)
        {
            await secretariat.Page.GotoAsync(path);
            var name = path.Split('?')[0].Trim('/') is { Length: > 0 } n ? n : "lobby";
            await PageChecks.ExpectHeaderAsync(secretariat, $"header-{name}");
        }

        // Presence changes while the agenda editor is open: other people arrive and leave.
        await using (var mexico = await fixture.OpenAsync("pages-mexico", timeZone: "America/Mexico_City"))
        {
            await mexico.SignInAsync($"mex.head@{Domain}");
            await Assertions.Expect(mexico.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        }
        await secretariat.Page.WaitForTimeoutAsync(1500);

        lock (console) Assert.True(console.Count == 0, string.Join("\n", console));
    }

    [Fact]
    public async Task TheSignInPage_LogsNothingInTheConsole_ForSomeoneNotSignedIn()
    {
        await using var visitor = await fixture.OpenAsync("pages-visitor");
        var console = PageChecks.WatchConsole(visitor);

        await visitor.Page.GotoAsync("/signin");
        await Assertions.Expect(visitor.Page.Locator("header.app-header .brand__app")).Not.ToBeEmptyAsync();
        await visitor.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("/signin", new Uri(visitor.Page.Url).AbsolutePath);
        await Assertions.Expect(visitor.Page.Locator("header.app-header")).ToHaveCountAsync(1);
        await Assertions.Expect(visitor.Page.GetByTestId("bell")).ToHaveCountAsync(0);
        lock (console) Assert.True(console.Count == 0, string.Join("\n", console));
    }

    [Fact]
    public async Task AReminder_ReachesADelegateInTheSessionRoom()
    {
        var (plenary, _) = await SessionsAsync();
        await using var kaz = await fixture.OpenAsync("pages-kazakhstan-room", timeZone: "Asia/Almaty");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await kaz.Page.GotoAsync($"/session?id={plenary}");
        await PageChecks.ExpectHeaderAsync(kaz, "session-room-bell");

        // Reminders go one minute ahead in this host: a session 63 s away is reminded in about 3 s.
        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var agenda = await secretariat.GetAsync<System.Text.Json.JsonElement>("/api/agenda");
        var chairId = agenda.GetProperty("chairs")[0].GetProperty("id").GetString();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var start = DateTimeOffset.UtcNow.AddSeconds(63);
        (await secretariat.PostAsync("/api/agenda/sessions", new
        {
            title = "Bilateral on precursor chemicals", kind = "Plenary", chairId, start = Local(start), end = Local(start.AddMinutes(30)),
        })).EnsureSuccessStatusCode();

        var bell = kaz.Page.GetByTestId("bell");
        await Assertions.Expect(bell).Not.ToHaveAttributeAsync("data-unread", "0", new() { Timeout = 30_000 });
        await bell.ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("bell-panel")).ToContainTextAsync("Bilateral on precursor chemicals");
        await kaz.ScreenshotAsync("session-room-reminder");
    }

    [Fact]
    public async Task OnATablet_ThePanelShowsWhoSpeaksAndTheCountdown_AboveTheFold()
    {
        var (_, panel) = await SessionsAsync();
        var kazId = await fixture.Host.WithDbAsync(db => db.Users.Where(u => u.Email == $"kaz.head@{Domain}").Select(u => u.Id).SingleAsync());
        var floorVersion = await fixture.Host.WithDbAsync(db => db.SpeakerLists.Where(l => l.SessionId == panel).Select(l => (int?)l.Version).SingleOrDefaultAsync()) ?? 0;
        await using var moderator = await fixture.Host.SignInAsync($"moderator@{Domain}");
        var hub = await moderator.ConnectAsync("/hubs/panel");
        await hub.InvokeAsync<object>("PutOnStage", panel, kazId);
        await hub.InvokeAsync<object>("GiveFloorToPanelist", panel, kazId, floorVersion);

        await using var tablet = await fixture.OpenAsync("pages-tablet-mexico", timeZone: "America/Mexico_City", width: 768, height: 1024);
        await tablet.SignInAsync($"mex.head@{Domain}");
        await tablet.Page.GotoAsync($"/panel?id={panel}");
        var speaker = tablet.Page.GetByTestId("current-speaker");
        var countdown = tablet.Page.GetByTestId("countdown");
        await Assertions.Expect(countdown).ToBeVisibleAsync();
        await Assertions.Expect(speaker).ToContainTextAsync("KAZ");

        foreach (var (what, element) in new[] { ("now speaking", speaker), ("countdown", countdown) })
        {
            var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException($"{what} has no box");
            Assert.True(box.Y >= 0 && box.Y + box.Height <= 1024 && box.X >= 0 && box.X + box.Width <= 768,
                $"{what} at {box.X},{box.Y} {box.Width}x{box.Height} is not inside the 768x1024 viewport");
        }
        await Screenshots.SaveViewportAsync(tablet.Page, "pages-tablet-panel");
    }
}
