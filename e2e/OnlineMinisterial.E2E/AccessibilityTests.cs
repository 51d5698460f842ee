using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>axe-core on the pages delegates and chairs use most: no serious or critical violation.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";
    private static readonly string[] Blocking = ["serious", "critical"];

    private static async Task ExpectNoSeriousViolationsAsync(Person person, string page)
    {
        var results = await person.Page.RunAxe();
        var blocking = results.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        var report = string.Join("\n", blocking.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        Assert.True(blocking.Count == 0, $"{page}:\n{report}");
    }

    [Fact]
    public async Task SessionRoomConsoleVoteAndDeclaration_HaveNoSeriousOrCriticalViolations()
    {
        var sessionId = await fixture.Host.WithDbAsync(db => db.Sessions.OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());
        await Declarations.PublishedAsync(fixture.Host);
        await using var kaz = await fixture.OpenAsync("a11y-kazakhstan", timeZone: "Asia/Almaty");
        await using var chair = await fixture.OpenAsync("a11y-chair", timeZone: "America/New_York");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await chair.SignInAsync($"chair@{Domain}");

        await kaz.Page.GotoAsync($"/session?id={sessionId}");
        await Assertions.Expect(kaz.Page.GetByTestId("floor-version")).Not.ToHaveAttributeAsync("data-version", "");
        // The floor's version is kept for diagnostics, not shown to a delegate.
        await Assertions.Expect(kaz.Page.GetByTestId("floor-version")).ToBeHiddenAsync();
        await ExpectNoSeriousViolationsAsync(kaz, "session room");

        await chair.Page.GotoAsync($"/chair?id={sessionId}");
        await Assertions.Expect(chair.Page.GetByTestId("floor-version")).Not.ToHaveAttributeAsync("data-version", "");
        await ExpectNoSeriousViolationsAsync(chair, "chair console");
        await chair.ScreenshotAsync("console");

        await kaz.Page.GotoAsync("/vote");
        await Assertions.Expect(kaz.Page.Locator("main")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await ExpectNoSeriousViolationsAsync(kaz, "vote page");
        await kaz.ScreenshotAsync("vote");

        await kaz.Page.GotoAsync("/declaration");
        await Assertions.Expect(kaz.Page.Locator("main")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await ExpectNoSeriousViolationsAsync(kaz, "declaration page");
        await kaz.ScreenshotAsync("declaration");
    }
}
