using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>What every page must show and must not log: the one header with the bell and the language menu, a clean console, no serious axe finding.</summary>
internal static class PageChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Console errors and warnings of a page (and failed requests the browser reports there).</summary>
    public static List<string> WatchConsole(Person person)
    {
        var messages = new List<string>();
        person.Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") lock (messages) messages.Add($"{message.Type} at {person.Page.Url}: {message.Text}");
        };
        person.Page.PageError += (_, error) => { lock (messages) messages.Add($"page error at {person.Page.Url}: {error}"); };
        return messages;
    }

    /// <summary>The signed-in header, drawn once: brand, live indicator (unless the page is a document), bell, language menu, sign-out, navigation.</summary>
    public static async Task ExpectHeaderAsync(Person person, string page, bool live = true)
    {
        await Assertions.Expect(person.Page.Locator("header.app-header")).ToHaveCountAsync(1);
        await Assertions.Expect(person.Page.Locator("header .brand__title")).Not.ToBeEmptyAsync();
        if (live) await Assertions.Expect(person.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(person.Page.GetByTestId("bell")).ToBeVisibleAsync();
        await Assertions.Expect(person.Page.Locator("[data-shell=\"sign-out\"]")).ToBeVisibleAsync();
        await Assertions.Expect(person.Page.Locator("header [data-shell=\"language\"]")).ToHaveCountAsync(1);
        await Assertions.Expect(person.Page.Locator("header").GetByTestId("language-menu")).ToBeVisibleAsync();
        await Assertions.Expect(person.Page.Locator("header nav.app-nav")).ToHaveCountAsync(1);
        await person.ScreenshotAsync(page);
    }

    /// <summary>A public page's header: the brand and the language menu, no bell and no account.</summary>
    public static async Task ExpectPublicHeaderAsync(Person person, string page)
    {
        await Assertions.Expect(person.Page.Locator("header.app-header")).ToHaveCountAsync(1);
        await Assertions.Expect(person.Page.Locator("header.app-header .brand__app")).Not.ToBeEmptyAsync();
        await Assertions.Expect(person.Page.Locator("header").GetByTestId("language-menu")).ToBeVisibleAsync();
        await Assertions.Expect(person.Page.GetByTestId("bell")).ToHaveCountAsync(0);
        await person.ScreenshotAsync(page);
    }

    /// <summary>
    /// axe-core finds nothing serious or critical, with "label-content-name-mismatch" switched on (axe leaves it off
    /// by default): a button's accessible name starts with the text it shows, so a voice user can say what they see.
    /// </summary>
    public static async Task ExpectAccessibleAsync(Person person, string page)
    {
        var options = new AxeRunOptions { Rules = new Dictionary<string, RuleOptions> { ["label-content-name-mismatch"] = new() { Enabled = true } } };
        var results = await person.Page.RunAxe(options);
        var blocking = results.Violations.Where(v => Blocking.Contains(v.Impact) || v.Id == "label-content-name-mismatch").ToList();
        var report = string.Join("\n", blocking.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))}"));
        Assert.True(blocking.Count == 0, $"{page}:\n{report}");
    }
}
