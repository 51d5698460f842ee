using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>
/// The chair prepares and runs a session from the console: inscription before it opens, speaking-time limits everyone
/// sees, the keyboard shortcuts, and undoing a removal; a delegate's focus follows their own requests.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ChairConsoleTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    private static ILocator Row(Person person, string code) => person.Page.GetByTestId($"request-{code}-Statement");

    private static async Task<int> RemainingAsync(Person person) =>
        int.Parse((await person.Page.GetByTestId("countdown").GetAttributeAsync("data-remaining-seconds"))!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task ChairOpensInscription_SetsLimits_RunsTheFloorByKeyboard_AndUndoesARemoval()
    {
        var sessionId = await fixture.Host.WithDbAsync(db =>
            db.Sessions.Where(s => s.Title.StartsWith("Welcoming statements")).Select(s => s.Id).SingleAsync());
        await using var chair = await fixture.OpenAsync("console-chair", timeZone: "America/New_York");
        await using var kaz = await fixture.OpenAsync("console-kazakhstan", timeZone: "Asia/Almaty");
        await using var mex = await fixture.OpenAsync("console-mexico", timeZone: "America/Mexico_City");
        await chair.SignInAsync($"chair@{Domain}");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await mex.SignInAsync($"mex.head@{Domain}");
        await chair.Page.GotoAsync($"/chair?id={sessionId}");
        await kaz.Page.GotoAsync($"/session?id={sessionId}");
        await mex.Page.GotoAsync($"/session?id={sessionId}");

        // Before the session opens: nobody can inscribe until the chair opens the list for inscription.
        var request = kaz.Page.GetByTestId("request-floor");
        await Assertions.Expect(request).ToBeDisabledAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("actions-notice")).ToContainTextAsync("opens for inscription");
        await chair.Page.GetByTestId("open-inscription").ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("inscription-open")).ToBeVisibleAsync();

        // Focus follows the delegate's own requests: to Withdraw after asking, back to Request after withdrawing.
        await request.ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("withdraw")).ToBeFocusedAsync();
        await Assertions.Expect(Row(chair, "KAZ")).ToHaveAttributeAsync("data-position", "1");
        await kaz.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(request).ToBeFocusedAsync();
        await Assertions.Expect(Row(chair, "KAZ")).ToHaveCountAsync(0);
        await kaz.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(kaz.Page.GetByTestId("withdraw")).ToBeFocusedAsync();
        await mex.Page.GetByTestId("request-floor").ClickAsync();
        await Assertions.Expect(Row(chair, "MEX")).ToHaveAttributeAsync("data-position", "2");
        await Assertions.Expect(chair.Page.GetByTestId("give-next")).ToBeDisabledAsync();
        await Assertions.Expect(chair.Page.GetByTestId("give-KAZ")).ToBeDisabledAsync();
        await Assertions.Expect(chair.Page.GetByTestId("give-next-reason")).ToContainTextAsync("has not opened yet");
        await chair.ScreenshotAsync("inscription");
        await kaz.ScreenshotAsync("inscribed");

        // The session opens; the inscribed list is there, in its order.
        await fixture.Host.WithDbAsync(async db =>
        {
            (await db.Sessions.SingleAsync(s => s.Id == sessionId)).Open(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        foreach (var person in new[] { chair, kaz, mex }) await person.Page.ReloadAsync();
        await Assertions.Expect(Row(kaz, "KAZ")).ToHaveAttributeAsync("data-position", "1");

        // Limits set from the console reach every screen.
        await chair.Page.GetByTestId("limit-statement").FillAsync("2:00");
        await chair.Page.GetByTestId("limit-reply").FillAsync("45");
        await chair.Page.GetByTestId("limits-save").ClickAsync();
        foreach (var person in new[] { chair, kaz, mex })
        {
            await Assertions.Expect(person.Page.Locator("[data-testid=limits] [data-limit=statement]")).ToHaveAttributeAsync("data-seconds", "120");
            await Assertions.Expect(person.Page.Locator("[data-testid=limits] [data-limit=rightOfReply]")).ToHaveAttributeAsync("data-seconds", "45");
        }
        await mex.ScreenshotAsync("room-limits");

        // The shortcuts are listed, and they run the meeting: N gives the floor, X extends, P pauses and resumes.
        await Assertions.Expect(chair.Page.GetByTestId("shortcuts")).ToContainTextAsync("Give the floor to next");
        await chair.Page.Locator("#controls-heading").ClickAsync();
        await chair.Page.Keyboard.PressAsync("n");
        await Assertions.Expect(kaz.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-delegation", "KAZ");
        await Assertions.Expect(kaz.Page.GetByTestId("countdown")).ToHaveAttributeAsync("data-phase", "running");
        Assert.InRange(await RemainingAsync(kaz), 110, 120);
        await chair.Page.Keyboard.PressAsync("x");
        await kaz.Page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=countdown]').dataset.remainingSeconds) > 125");
        await Assertions.Expect(mex.Page.Locator(".now__meta")).ToContainTextAsync("2:30");
        await chair.Page.Keyboard.PressAsync("p");
        await Assertions.Expect(mex.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-state", "paused");
        await chair.Page.Keyboard.PressAsync("p");
        await Assertions.Expect(mex.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-state", "speaking");

        // Typing in a field is typing: E there ends nothing.
        await chair.Page.GetByTestId("extend-custom-input").FocusAsync();
        await chair.Page.Keyboard.PressAsync("e");
        await Assertions.Expect(chair.Page.GetByTestId("extend-custom-input")).ToHaveValueAsync("e");
        await chair.Page.GetByTestId("extend-custom-input").FillAsync("");
        await Assertions.Expect(kaz.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-state", "speaking");
        await chair.ScreenshotAsync("shortcuts");
        await chair.Page.Locator("#controls-heading").ClickAsync();
        await chair.Page.Keyboard.PressAsync("e");
        await Assertions.Expect(kaz.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-state", "free");

        // Removing acts at once and offers Undo, which puts the request back at its place.
        await chair.Page.GetByTestId("remove-MEX").ClickAsync();
        await Assertions.Expect(Row(mex, "MEX")).ToHaveCountAsync(0);
        await Assertions.Expect(mex.Page.GetByTestId("your-place")).ToHaveAttributeAsync("data-place", "");
        await chair.ScreenshotAsync("removed-undo");
        await chair.Page.GetByTestId("toast-undo").ClickAsync();
        await Assertions.Expect(Row(mex, "MEX")).ToHaveAttributeAsync("data-position", "1");
        await Assertions.Expect(Row(chair, "MEX")).ToBeFocusedAsync();
        await chair.ScreenshotAsync("restored");
    }
}
