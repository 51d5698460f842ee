using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.E2E;

[Collection(BrowserTests.Name)]
public sealed class LobbyPresenceTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task Observer_SeesKazakhstanTurnPresent_WithoutReloading()
    {
        await using var observer = await fixture.OpenAsync("observer", timeZone: "Europe/Brussels");
        await observer.SignInAsync($"observer@{Domain}");
        var kazakhstan = observer.Page.GetByTestId("delegation-KAZ");
        await Assertions.Expect(observer.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(observer.Page.Locator(".delegation-grid[data-presence=ready]")).ToHaveCountAsync(1);
        // The browser tests share one host: an earlier test's Kazakhstan page can still be counted for a while after
        // its browser closed (until the server has seen its connection go), so wait for that before starting.
        await Assertions.Expect(kazakhstan).ToHaveAttributeAsync("data-present", "false", new() { Timeout = 45_000 });
        await Assertions.Expect(observer.Page.Locator("[data-testid^=delegation-]")).ToHaveCountAsync(60);
        await observer.ScreenshotAsync("lobby-before");

        await using var kaz = await fixture.OpenAsync("kazakhstan", timeZone: "Asia/Almaty");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await Assertions.Expect(kaz.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await kaz.ScreenshotAsync("lobby");

        await Assertions.Expect(kazakhstan).ToHaveAttributeAsync("data-present", "true");
        await observer.ScreenshotAsync("lobby-kazakhstan-present");

        await kaz.Page.CloseAsync();
        await Assertions.Expect(kazakhstan).ToHaveAttributeAsync("data-present", "false");
    }

    [Fact]
    public async Task Lobby_OnATablet_ShowsTheAgendaAndAllDelegations()
    {
        await using var tablet = await fixture.OpenAsync("tablet", timeZone: "America/New_York", width: 768, height: 1024);
        await tablet.SignInAsync($"mex.head@{Domain}");
        await Assertions.Expect(tablet.Page.Locator("[data-testid^=delegation-]")).ToHaveCountAsync(60);
        // The demo's five sessions, and any other browser test of the shared host has added (a cancelled one is not on the agenda).
        var sessions = await fixture.Host.WithDbAsync(db => db.Sessions.CountAsync(s => s.State != SessionState.Cancelled));
        Assert.True(sessions >= 5, $"{sessions} sessions");
        await Assertions.Expect(tablet.Page.Locator("[data-testid^=session-][data-starts-at]")).ToHaveCountAsync(sessions);
        await Assertions.Expect(tablet.Page.GetByTestId("delegation-MEX")).ToHaveAttributeAsync("data-present", "true");
        await tablet.ScreenshotAsync("lobby-tablet");
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn()
    {
        await using var visitor = await fixture.OpenAsync("visitor");
        await visitor.Page.GotoAsync("/");
        await visitor.Page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await Assertions.Expect(visitor.Page.Locator("#email")).ToBeVisibleAsync();
    }
}
