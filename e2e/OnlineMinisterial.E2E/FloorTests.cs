using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

[Collection(BrowserTests.Name)]
public sealed class FloorTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    private static ILocator Row(Person person, string code, string kind) => person.Page.GetByTestId($"request-{code}-{kind}");

    private static Task ExpectPlace(Person person, string code, string kind, int place) =>
        Assertions.Expect(Row(person, code, kind)).ToHaveAttributeAsync("data-position", place.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task ChairAndTwoDelegations_RunTheListOfSpeakers_EveryScreenFollowsWithoutReload()
    {
        var sessionId = await fixture.Host.WithDbAsync(db => db.Sessions.OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());
        await using var chair = await fixture.OpenAsync("floor-chair", timeZone: "America/New_York");
        await using var kaz = await fixture.OpenAsync("floor-kazakhstan", timeZone: "Asia/Almaty");
        await using var mex = await fixture.OpenAsync("floor-mexico", timeZone: "America/Mexico_City");
        await chair.SignInAsync($"chair@{Domain}");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await mex.SignInAsync($"mex.head@{Domain}");
        await chair.Page.GotoAsync($"/chair?id={sessionId}");
        await kaz.Page.GotoAsync($"/session?id={sessionId}");
        await mex.Page.GotoAsync($"/session?id={sessionId}");
        foreach (var person in new[] { chair, kaz, mex })
            await Assertions.Expect(person.Page.GetByTestId("floor-version")).Not.ToHaveAttributeAsync("data-version", "");

        // Both delegations ask for the floor; Mexico then raises a point of order, which goes ahead of every statement.
        await kaz.Page.GetByTestId("request-floor").ClickAsync();
        await ExpectPlace(chair, "KAZ", "Statement", 1);
        await mex.Page.GetByTestId("request-floor").ClickAsync();
        await ExpectPlace(chair, "MEX", "Statement", 2);
        await mex.Page.GetByTestId("point-of-order").ClickAsync();
        foreach (var person in new[] { chair, kaz, mex })
        {
            await ExpectPlace(person, "MEX", "PointOfOrder", 1);
            await ExpectPlace(person, "KAZ", "Statement", 2);
        }
        await Assertions.Expect(kaz.Page.GetByTestId("your-place")).ToHaveAttributeAsync("data-place", "2");
        await chair.ScreenshotAsync("console-point-of-order");
        await kaz.ScreenshotAsync("room-waiting");

        // The chair gives the floor: the point of order first.
        await chair.Page.GetByTestId("give-next").ClickAsync();
        await Assertions.Expect(mex.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-delegation", "MEX");

        // Reorder by drag and drop: Mexico's statement above Kazakhstan's.
        await Row(chair, "MEX", "Statement").DragToAsync(Row(chair, "KAZ", "Statement"));
        foreach (var person in new[] { chair, kaz, mex })
            await ExpectPlace(person, "MEX", "Statement", 1);
        await Assertions.Expect(kaz.Page.GetByTestId("your-place")).ToHaveAttributeAsync("data-place", "2");

        // ...and back by keyboard: focus Kazakhstan's row and press Alt+ArrowUp.
        await Row(chair, "KAZ", "Statement").FocusAsync();
        await chair.Page.Keyboard.PressAsync("Alt+ArrowUp");
        foreach (var person in new[] { chair, kaz, mex })
            await ExpectPlace(person, "KAZ", "Statement", 1);
        await chair.ScreenshotAsync("console-reordered");

        // Next speaker: Kazakhstan, with a running countdown on its own screen.
        await chair.Page.GetByTestId("give-next").ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-delegation", "KAZ");
        var countdown = kaz.Page.GetByTestId("countdown");
        await Assertions.Expect(countdown).ToHaveAttributeAsync("data-phase", "running");
        var first = int.Parse((await countdown.GetAttributeAsync("data-remaining-seconds"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(first, 170, 180);
        await kaz.Page.WaitForFunctionAsync(
            "start => Number(document.querySelector('[data-testid=countdown]').dataset.remainingSeconds) < start", first);
        await kaz.ScreenshotAsync("room-speaking");
        await mex.ScreenshotAsync("room-watching");
        await chair.ScreenshotAsync("console-speaking");
    }
}
