using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>The six languages in the browser: switching in the session room, right to left, and the pages in Chinese and French.</summary>
[Collection(BrowserTests.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task Delegate_SwitchesToArabic_InTheRoom_LayoutMirrors_CountdownRuns_PointOfOrderByKeyboard()
    {
        var sessionId = await FirstSessionAsync();
        await using var egy = await fixture.OpenAsync("arabic-egypt", timeZone: "Africa/Cairo");
        await using var chair = await fixture.OpenAsync("arabic-chair", timeZone: "America/New_York");
        try
        {
            await egy.SignInAsync($"egy.head@{Domain}");
            await chair.SignInAsync($"chair@{Domain}");
            await chair.Page.GotoAsync($"/chair?id={sessionId}");
            await egy.Page.GotoAsync($"/session?id={sessionId}");
            await ReadyAsync(egy);
            var listBefore = await BoxAsync(egy, "section.queue");
            var stageBefore = await BoxAsync(egy, "section.now");
            Assert.True(listBefore.X > stageBefore.X, "in English the list of speakers stands to the right of the speaker");

            // Switch in place: the same page (no reload) and the same live connection.
            await egy.Page.EvaluateAsync("() => { window.sameDocument = true; }");
            await egy.Page.GetByTestId("language-menu").SelectOptionAsync("ar");
            var html = egy.Page.Locator("html");
            await Assertions.Expect(html).ToHaveAttributeAsync("dir", "rtl");
            await Assertions.Expect(html).ToHaveAttributeAsync("lang", "ar");
            await Assertions.Expect(egy.Page.GetByTestId("point-of-order")).ToHaveTextAsync("نقطة نظام");
            Assert.True(await egy.Page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page was reloaded");
            await Assertions.Expect(egy.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");

            var listAfter = await BoxAsync(egy, "section.queue");
            var stageAfter = await BoxAsync(egy, "section.now");
            Assert.True(listAfter.X < stageAfter.X, $"in Arabic the list stands to the left: list {listAfter.X}, speaker {stageAfter.X}");

            // A point of order by keyboard alone; it says it will be in Arabic, the page's language.
            await egy.Page.GetByTestId("point-of-order").FocusAsync();
            await egy.Page.Keyboard.PressAsync("Enter");
            var row = egy.Page.GetByTestId("request-EGY-PointOfOrder");
            await Assertions.Expect(row).ToBeVisibleAsync();
            await Assertions.Expect(row.GetByTestId("request-language")).ToHaveAttributeAsync("data-language", "ar");
            await Assertions.Expect(row.GetByTestId("request-language")).ToHaveTextAsync("العربية");
            await Assertions.Expect(chair.Page.GetByTestId("request-EGY-PointOfOrder").GetByTestId("request-language"))
                .ToHaveTextAsync("Arabic");
            await egy.ScreenshotAsync("room-point-of-order");
            await chair.ScreenshotAsync("console-arabic-request");

            // The chair gives it the floor (a point of order is not timed: its clock counts up), then the delegation's
            // statement: the countdown runs down on the mirrored page, its figures in Western digits.
            await chair.Page.GetByTestId("request-EGY-PointOfOrder").GetByTestId("give-EGY").ClickAsync();
            await Assertions.Expect(egy.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-delegation", "EGY");
            await Assertions.Expect(egy.Page.GetByTestId("speaker-language")).ToHaveTextAsync("العربية");
            await egy.Page.GetByTestId("request-floor").ClickAsync();
            await Assertions.Expect(chair.Page.GetByTestId("request-EGY-Statement")).ToBeVisibleAsync();
            await chair.Page.GetByTestId("request-EGY-Statement").GetByTestId("give-EGY").ClickAsync();
            await Assertions.Expect(egy.Page.GetByTestId("current-speaker").GetByTestId("speaker-language")).ToBeVisibleAsync();
            var countdown = egy.Page.GetByTestId("countdown");
            await Assertions.Expect(countdown).ToHaveAttributeAsync("data-phase", "running");
            var first = int.Parse((await countdown.GetAttributeAsync("data-remaining-seconds"))!, CultureInfo.InvariantCulture);
            await egy.Page.WaitForFunctionAsync(
                "start => Number(document.querySelector('[data-testid=countdown]').dataset.remainingSeconds) < start", first);
            Assert.Matches("^-?[0-9]+:[0-9]{2}$", (await countdown.Locator(".countdown__value").TextContentAsync())!.Trim());
            await egy.ScreenshotAsync("room-speaking");
            await ExpectNoSeriousViolationsAsync(egy, "session room in Arabic");

            // The choice is the account's: the next page opens in Arabic, right to left from the server's first byte.
            var response = await egy.Page.GotoAsync("/");
            Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await response!.TextAsync(), StringComparison.Ordinal);
            await Assertions.Expect(egy.Page.Locator(".delegation-grid[data-presence=ready]")).ToBeVisibleAsync();
            await Assertions.Expect(egy.Page.GetByTestId("delegation-EGY").Locator(".delegation__name")).ToHaveTextAsync("مصر");
            await egy.ScreenshotAsync("lobby");
            await ExpectNoSeriousViolationsAsync(egy, "lobby in Arabic");

            await chair.Page.GetByTestId("end-speech").ClickAsync();
            await Assertions.Expect(chair.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-state", "free");
        }
        finally
        {
            await ForgetLanguageAsync("egy.head");
        }
    }

    [Fact]
    public async Task Chair_InArabic_ReordersTheMirroredListByKeyboardAndByDragAndDrop()
    {
        var sessionId = await FirstSessionAsync();
        await using var chair = await fixture.OpenAsync("arabic-console", timeZone: "America/New_York");
        try
        {
            await chair.SignInAsync($"chair@{Domain}");
            await chair.Page.GotoAsync($"/chair?id={sessionId}");
            await ReadyAsync(chair);
            await chair.Page.GetByTestId("language-menu").SelectOptionAsync("ar");
            await Assertions.Expect(chair.Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            foreach (var code in new[] { "MAR", "SAU" })
            {
                var id = await fixture.Host.WithDbAsync(db => db.Delegations.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());
                await chair.Page.GetByTestId("add-delegation").SelectOptionAsync(id.ToString());
                await chair.Page.GetByTestId("add-speaker").ClickAsync();
                await Assertions.Expect(chair.Page.GetByTestId($"request-{code}-Statement")).ToBeVisibleAsync();
            }
            var mar = chair.Page.GetByTestId("request-MAR-Statement");
            var sau = chair.Page.GetByTestId("request-SAU-Statement");
            var before = int.Parse((await sau.GetAttributeAsync("data-position"))!, CultureInfo.InvariantCulture);

            await sau.FocusAsync();
            await chair.Page.Keyboard.PressAsync("Alt+ArrowUp");
            await Assertions.Expect(sau).ToHaveAttributeAsync("data-position", (before - 1).ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(sau).ToBeFocusedAsync();
            await chair.ScreenshotAsync("console-reordered");

            // ...and back by drag and drop on the mirrored list: Morocco dropped on Saudi Arabia takes its place.
            await mar.DragToAsync(sau);
            await Assertions.Expect(mar).ToHaveAttributeAsync("data-position", (before - 1).ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(sau).ToHaveAttributeAsync("data-position", before.ToString(CultureInfo.InvariantCulture));
            await chair.ScreenshotAsync("console-dragged");

            foreach (var code in new[] { "MAR", "SAU" })
            {
                await chair.Page.GetByTestId($"request-{code}-Statement").GetByTestId($"remove-{code}").ClickAsync();
                await Assertions.Expect(chair.Page.GetByTestId($"request-{code}-Statement")).ToHaveCountAsync(0);
            }
            await Assertions.Expect(mar).ToHaveCountAsync(0);
        }
        finally
        {
            await ForgetLanguageAsync("chair");
        }
    }

    [Fact]
    public async Task RoomAndLobby_InChineseAndFrench_AndTheSignInPageByAcceptLanguage()
    {
        var sessionId = await FirstSessionAsync();
        await using var sgp = await fixture.OpenAsync("chinese-singapore", timeZone: "Asia/Singapore");
        try
        {
            await sgp.SignInAsync($"sgp.head@{Domain}");
            await sgp.Page.GotoAsync($"/session?id={sessionId}");
            await ReadyAsync(sgp);
            await sgp.Page.GetByTestId("language-menu").SelectOptionAsync("zh");
            await Assertions.Expect(sgp.Page.Locator("html")).ToHaveAttributeAsync("lang", "zh");
            await Assertions.Expect(sgp.Page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
            await Assertions.Expect(sgp.Page.GetByTestId("point-of-order")).ToHaveTextAsync("程序问题");
            await Assertions.Expect(sgp.Page.Locator("#floor-language")).ToHaveValueAsync("zh");
            await sgp.ScreenshotAsync("room");
            await ExpectNoSeriousViolationsAsync(sgp, "session room in Chinese");

            await sgp.Page.GotoAsync("/");
            await Assertions.Expect(sgp.Page.Locator(".delegation-grid[data-presence=ready]")).ToBeVisibleAsync();
            await Assertions.Expect(sgp.Page.GetByTestId("delegation-KAZ").Locator(".delegation__name")).ToHaveTextAsync("哈萨克斯坦");
            await Assertions.Expect(sgp.Page.GetByTestId("delegation-WHO").Locator(".delegation__name")).ToHaveTextAsync("世界卫生组织");
            await sgp.ScreenshotAsync("lobby");
            await ExpectNoSeriousViolationsAsync(sgp, "lobby in Chinese");

            await sgp.Page.GetByTestId("language-menu").SelectOptionAsync("fr");
            await Assertions.Expect(sgp.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await Assertions.Expect(sgp.Page.Locator(".delegation-grid[data-presence=ready]")).ToBeVisibleAsync();
            await Assertions.Expect(sgp.Page.GetByTestId("delegation-KAZ").Locator(".delegation__name")).ToHaveTextAsync("Kazakhstan");
            await sgp.ScreenshotAsync("lobby-french");
            await sgp.Page.GotoAsync($"/session?id={sessionId}");
            await ReadyAsync(sgp);
            await Assertions.Expect(sgp.Page.GetByTestId("point-of-order")).ToHaveTextAsync("Motion d’ordre");
            await sgp.ScreenshotAsync("room-french");
        }
        finally
        {
            await ForgetLanguageAsync("sgp.head");
        }

        // A browser set to French, never signed in: the sign-in page comes in French by its Accept-Language.
        await using var visitor = await fixture.OpenAsync("french-visitor", timeZone: "Europe/Paris", locale: "fr-FR");
        var signin = await visitor.Page.GotoAsync("/signin");
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", await signin!.TextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(visitor.Page.GetByTestId("signin-submit")).Not.ToHaveTextAsync("Sign in");
        await Assertions.Expect(visitor.Page.GetByTestId("language-menu")).ToHaveValueAsync("fr");
        await visitor.ScreenshotAsync("signin");
    }

    private Task<Guid> FirstSessionAsync() =>
        fixture.Host.WithDbAsync(db => db.Sessions.OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());

    // The first snapshot waits on the join; on a loaded build machine that can take longer than the default 5 s.
    private static Task ReadyAsync(Person person) =>
        Assertions.Expect(person.Page.GetByTestId("floor-version")).Not.ToHaveAttributeAsync("data-version", "", new() { Timeout = 20_000 });

    private static async Task<LocatorBoundingBoxResult> BoxAsync(Person person, string selector) =>
        await person.Page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not shown");

    private static async Task ExpectNoSeriousViolationsAsync(Person person, string page)
    {
        var results = await person.Page.RunAxe();
        var blocking = results.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        var report = string.Join("\n", blocking.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        Assert.True(blocking.Count == 0, $"{page}:\n{report}");
    }

    // The browser fixture's accounts are shared by every browser test: each test leaves its person in English.
    private Task<bool> ForgetLanguageAsync(string login) => fixture.Host.WithDbAsync(async db =>
    {
        var email = $"{login}@{Domain}";
        await db.Users.Where(p => p.Email == email).ExecuteUpdateAsync(p => p.SetProperty(x => x.PreferredLanguage, (string?)null));
        return true;
    });
}
