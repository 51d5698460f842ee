using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>
/// A page is drawn from reads made before its live connection is up, and a change committed in between reaches it
/// as no event. These tests hold the hub's negotiate request until the change is made: the page must show the
/// change once its connection is up (the lobby an adjournment, the panel page its close).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class FirstConnectTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task Lobby_SessionAdjournedBeforeItsConnectionIsUp_ShowsTheAdjournment()
    {
        var sessionId = await LiveSessions.OpenNowAsync(fixture.Host, "Consultations before the first connection");
        await using var kaz = await fixture.OpenAsync("first-connect-lobby", timeZone: "Europe/Vienna");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        var hold = await HoldNegotiateAsync(kaz.Page, "/hubs/conference");
        await kaz.Page.GotoAsync("/");
        var item = kaz.Page.GetByTestId($"session-{sessionId}");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-state", "Live");
        await hold.Asked;

        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var version = await LiveSessions.VersionAsync(secretariat, sessionId);
        var resumeAt = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(1).Date.AddHours(9), TimeSpan.Zero);
        (await secretariat.PostAsync($"/api/sessions/{sessionId}/adjourn", new { version, resumeAt })).EnsureSuccessStatusCode();
        hold.Release();

        await Assertions.Expect(kaz.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-state", "Suspended");
        await Assertions.Expect(kaz.Page.GetByTestId($"session-resumes-{sessionId}")).ToContainTextAsync("10:00");
        await kaz.ScreenshotAsync("adjourned-before-connect");
    }

    [Fact]
    public async Task PanelPage_PanelClosedBeforeItsConnectionIsUp_SaysClosed()
    {
        var sessionId = await LiveSessions.OpenNowAsync(fixture.Host, "Panel held before the first connection", kind: "Panel");
        await using var mex = await fixture.OpenAsync("first-connect-panel", timeZone: "America/Mexico_City");
        await mex.SignInAsync($"mex.head@{Domain}");
        var hold = await HoldNegotiateAsync(mex.Page, "/hubs/floor");
        await mex.Page.GotoAsync($"/panel?id={sessionId}");
        await Assertions.Expect(mex.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Live");
        await hold.Asked;

        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var version = await LiveSessions.VersionAsync(secretariat, sessionId);
        (await secretariat.PostAsync($"/api/sessions/{sessionId}/close", new { version, endSpeech = false })).EnsureSuccessStatusCode();
        hold.Release();

        await Assertions.Expect(mex.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Closed");
        await Assertions.Expect(mex.Page.Locator("[data-floor=closed-notice]")).ToContainTextAsync("This session is closed.");
        await mex.ScreenshotAsync("closed-before-connect");
    }

    /// <summary>Holds the page's negotiate requests to the hub until <see cref="Held.Release"/>.</summary>
    private static async Task<Held> HoldNegotiateAsync(IPage page, string hubPath)
    {
        var held = new Held();
        await page.RouteAsync(url => url.Contains($"{hubPath}/negotiate", StringComparison.Ordinal), async route =>
        {
            held.NoteAsked();
            await held.Released;
            await route.ContinueAsync();
        });
        return held;
    }

    private sealed class Held
    {
        private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Asked => _asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        public Task Released => _released.Task;
        public void NoteAsked() => _asked.TrySetResult();
        public void Release() => _released.TrySetResult();
    }
}
