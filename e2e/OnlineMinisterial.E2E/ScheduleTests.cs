using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>The secretariat changes the agenda in its editor; a delegate elsewhere in the world sees it live, and is reminded.</summary>
[Collection(BrowserTests.Name)]
public sealed class ScheduleTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";
    private static readonly TimeZoneInfo Host = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>As a datetime-local input holds it: Chromium drops zero seconds, and Playwright checks the value it typed.</summary>
    private static string HostLocal(DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, Host);
        return local.ToString(local.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private Task<Guid> SessionIdAsync(string titleStart) => fixture.Host.WithDbAsync(db =>
        db.Sessions.Where(s => s.Title.StartsWith(titleStart)).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task SecretariatReschedulesAPanel_ADelegatesLobbyShowsTheNewTimeLive_InTheirOwnZone()
    {
        await using var japan = await fixture.OpenAsync("japan", timeZone: "Asia/Tokyo");
        await japan.SignInAsync($"jpn.head@{Domain}");
        await Assertions.Expect(japan.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await using var secretariat = await fixture.OpenAsync("secretariat", timeZone: "America/New_York");
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await secretariat.Page.GotoAsync("/agenda");
        var panel = await SessionIdAsync("Panel I:");
        await Assertions.Expect(secretariat.Page.GetByTestId($"editor-session-{panel}")).ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("agenda-editor");

        // Tomorrow at 09:00 on the host's clock in New York.
        var hostTomorrow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Host).Date.AddDays(1).AddHours(9);
        var startUtc = new DateTimeOffset(hostTomorrow, Host.GetUtcOffset(hostTomorrow)).ToUniversalTime();
        var form = secretariat.Page.GetByTestId($"reschedule-{panel}");
        await form.Locator("input[name=start]").FillAsync(HostLocal(startUtc));
        await form.Locator("input[name=end]").FillAsync(HostLocal(startUtc.AddMinutes(45)));
        await form.Locator("button[type=submit]").ClickAsync();

        var card = japan.Page.GetByTestId($"session-{panel}");
        var tokyoClock = TimeZoneInfo.ConvertTime(startUtc, Tokyo).ToString("HH:mm", CultureInfo.InvariantCulture);
        await Assertions.Expect(card.Locator(".session__clock")).ToContainTextAsync(tokyoClock);
        Assert.Equal(startUtc, DateTimeOffset.Parse((await card.GetAttributeAsync("data-starts-at"))!, CultureInfo.InvariantCulture));
        await japan.ScreenshotAsync("lobby-after-reschedule");
        await secretariat.ScreenshotAsync("agenda-editor-after-reschedule");
    }

    [Fact]
    public async Task ASessionAddedOneMinuteAhead_RemindsTheDelegateInTheBell_AndCancellingRemovesIt()
    {
        await using var kaz = await fixture.OpenAsync("kazakhstan-bell", timeZone: "Asia/Tokyo");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await Assertions.Expect(kaz.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await using var secretariat = await fixture.OpenAsync("secretariat-create", timeZone: "America/New_York");
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await secretariat.Page.GotoAsync("/agenda");

        // Reminders go one minute ahead in this host: a session 63 s away is reminded in about 3 s.
        var start = DateTimeOffset.UtcNow.AddSeconds(63);
        var create = secretariat.Page.GetByTestId("create-form");
        await create.Locator("input[name=title]").FillAsync("Briefing for the press");
        await create.Locator("input[name=start]").FillAsync(HostLocal(start));
        await create.Locator("input[name=end]").FillAsync(HostLocal(start.AddMinutes(30)));
        await create.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(kaz.Page.Locator(".session__title", new() { HasText = "Briefing for the press" })).ToBeVisibleAsync();
        var bell = kaz.Page.GetByTestId("bell");
        await Assertions.Expect(bell).Not.ToHaveAttributeAsync("data-unread", "0", new() { Timeout = 30_000 });
        await bell.ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("bell-panel")).ToContainTextAsync("Briefing for the press");
        await kaz.ScreenshotAsync("bell-reminder");

        var id = await SessionIdAsync("Briefing for the press");
        // Cancelling cannot be undone, so it asks first: keeping it changes nothing, confirming takes it off the agenda.
        await secretariat.Page.GetByTestId($"cancel-{id}").ClickAsync();
        var dialog = secretariat.Page.Locator("dialog[open]");
        await Assertions.Expect(dialog).ToContainTextAsync("cannot be undone");
        await secretariat.ScreenshotAsync("agenda-cancel-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(secretariat.Page.GetByTestId($"cancel-{id}")).ToBeFocusedAsync();
        await Assertions.Expect(kaz.Page.GetByTestId($"session-{id}")).ToHaveCountAsync(1);
        await secretariat.Page.GetByTestId($"cancel-{id}").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel the session" }).ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId($"session-{id}")).ToHaveCountAsync(0);
    }
}
