using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.E2E;

/// <summary>
/// Every page of the app in Arabic, Chinese, French, Russian and Spanish, as the people who use it: no catalogue key
/// missing, the document's language and direction right, no English left from the catalogue, delegations named in
/// the language, nothing wider than its box; a screenshot of each. Three browsers sign in once, keep their sessions
/// and go through their pages side by side; the account's language (or the visitor's cookie) changes between the rounds.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EveryPageInEveryLanguageTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";
    private const string Cookie = "OnlineMinisterial.Language";
    private static readonly string[] Languages = ["ar", "zh", "fr", "ru", "es"];
    private static readonly string[] SignedIn = ["secretariat", "kaz.head"];

    [Fact]
    public async Task EveryPage_InEachLanguage_HasNoEnglishLeft_NamesDelegationsInIt_AndNothingOverflows()
    {
        var (room, panel, record) = await SessionsAsync();
        var delegations = await fixture.Host.WithDbAsync(async db =>
            (await db.Delegations.Select(d => new { d.Code, d.Name }).ToListAsync()).Select(d => (d.Code, d.Name)).ToList());
        (string Name, string Path)[] secretariatPages =
        [
            ("lobby", "/"), ("session", $"/session?id={room}"), ("chair", $"/chair?id={room}"), ("panel", $"/panel?id={panel}"),
            ("vote", "/vote"), ("declaration", "/declaration"), ("secretariat", "/secretariat"), ("agenda", "/agenda"),
            ("record", $"/record?id={record}"), ("hall", $"/hall?id={room}"), ("delegations", "/delegations"),
            ("participants", "/participants"), ("outbox", "/outbox"), ("accounts", "/accounts"), ("account", "/account"),
        ];
        (string Name, string Path)[] delegatePages =
            [("room", $"/session?id={room}"), ("my-delegation", "/my-delegation"), ("vote", "/vote"), ("panel", $"/panel?id={panel}")];
        (string Name, string Path)[] visitorPages =
            [("signin", "/signin"), ("forgot", "/forgot-password"), ("accreditation", "/accreditation"), ("welcome", "/welcome?token=expired")];

        await using var secretariat = await fixture.OpenAsync("every-language-secretariat", timeZone: "America/New_York");
        await using var kazakhstan = await fixture.OpenAsync("every-language-kazakhstan", timeZone: "Asia/Almaty");
        await using var visitor = await fixture.OpenAsync("every-language-visitor", timeZone: "Europe/Paris");
        var console = new List<string>();
        foreach (var person in new[] { secretariat, kazakhstan, visitor }) Watch(person, console);
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await kazakhstan.SignInAsync($"kaz.head@{Domain}");

        var failures = new List<string>();
        try
        {
            foreach (var lang in Languages)
            {
                await ChooseAsync(lang, visitor);
                // The three browsers go through their pages side by side; each one's pages in turn.
                var rounds = await Task.WhenAll(new[] { (secretariat, secretariatPages), (kazakhstan, delegatePages), (visitor, visitorPages) }
                    .Select(async round =>
                    {
                        var found = new List<string>();
                        foreach (var (name, path) in round.Item2) found.AddRange(await VisitAsync(round.Item1, lang, name, path, delegations));
                        return found;
                    }));
                failures.AddRange(rounds.SelectMany(r => r));
                lock (console)
                {
                    failures.AddRange(console.Select(m => $"{lang}: {m}"));
                    console.Clear();
                }
            }
        }
        finally
        {
            await ChooseAsync(null, visitor);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} finding(s):\n{string.Join("\n", failures)}");
    }

    private static async Task<List<string>> VisitAsync(Person person, string lang, string name, string path, List<(string, string)> delegations)
    {
        await person.Page.GotoAsync(path);
        await person.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (path.StartsWith("/session", StringComparison.Ordinal) || path.StartsWith("/chair", StringComparison.Ordinal) || path.StartsWith("/panel", StringComparison.Ordinal))
            await Assertions.Expect(person.Page.GetByTestId("floor-version")).Not.ToHaveAttributeAsync("data-version", "", new() { Timeout = 20_000 });
        await Assertions.Expect(person.Page.Locator("main")).Not.ToBeEmptyAsync();
        await person.ScreenshotAsync($"{lang}-{name}");

        var found = await PageLanguageCheck.RunAsync(person.Page, delegations);
        var at = $"{lang} {name} ({path})";
        var failures = new List<string>();
        if (found.Lang != lang || found.Dir != (lang == "ar" ? "rtl" : "ltr")) failures.Add($"{at}: <html lang={found.Lang} dir={found.Dir}>");
        failures.AddRange(found.English.Select(e => $"{at}: English text {e}"));
        failures.AddRange(found.EnglishNames.Select(e => $"{at}: English name {e}"));
        failures.AddRange(found.Overflowing.Select(e => $"{at}: overflows {e}"));
        return failures;
    }

    /// <summary>Console warnings and errors (the catalogue warns there of a missing key) and page errors.</summary>
    private static void Watch(Person person, List<string> messages)
    {
        person.Page.Console += (_, message) =>
        {
            // The visitor's expired link is refused by the server on purpose; the browser logs that response.
            if (message.Type == "error" && message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal)
                && person.Page.Url.Contains("/welcome", StringComparison.Ordinal)) return;
            if (message.Type is "error" or "warning") lock (messages) messages.Add($"{message.Type} at {person.Page.Url}: {message.Text}");
        };
        person.Page.PageError += (_, error) => { lock (messages) messages.Add($"page error at {person.Page.Url}: {error}"); };
    }

    /// <summary>The accounts' language (pages open in it from the server on), and the visitor's menu cookie; null: back to none.</summary>
    private async Task ChooseAsync(string? lang, Person visitor)
    {
        foreach (var login in SignedIn)
        {
            var email = $"{login}@{Domain}";
            await fixture.Host.WithDbAsync(db => db.Users.Where(p => p.Email == email)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.PreferredLanguage, lang)));
        }
        if (lang is null) await visitor.Page.Context.ClearCookiesAsync();
        else await visitor.Page.Context.AddCookiesAsync([new() { Name = Cookie, Value = lang, Url = fixture.Host.BaseAddress.ToString() }]);
    }

    /// <summary>A live session with a speaker and a list, the demo panel open, and a closed session with its record.</summary>
    private async Task<(Guid Room, Guid Panel, Guid Record)> SessionsAsync()
    {
        var room = await LiveSessions.OpenNowAsync(fixture.Host, "Round table: alternative development");
        await LiveSessions.GiveFloorAsync(fixture.Host, room, "KAZ");
        foreach (var code in new[] { "EGY", "MEX" })
        {
            await using var head = await fixture.Host.SignInAsync($"{code.ToLowerInvariant()}.head@{Domain}");
            var hub = await head.ConnectAsync("/hubs/floor");
            await hub.InvokeAsync<FloorReceipt>("RequestFloor", room, RequestKind.Statement, false, "en", null, Guid.NewGuid().ToString());
        }

        var record = await LiveSessions.OpenNowAsync(fixture.Host, "Closing plenary: adoption of the report");
        await LiveSessions.GiveFloorAsync(fixture.Host, record, "MEX");
        await using (var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}"))
        {
            var version = await LiveSessions.VersionAsync(secretariat, record);
            (await secretariat.PostAsync($"/api/sessions/{record}/close", new { version, endSpeech = true })).EnsureSuccessStatusCode();
        }

        var panel = await fixture.Host.WithDbAsync(async db =>
        {
            var p = await db.Sessions.Where(s => s.Kind == SessionKind.Panel).OrderBy(s => s.Ordinal).FirstAsync();
            if (p.State == SessionState.Scheduled)
            {
                p.Open(DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
            }
            return p.Id;
        });
        return (room, panel, record);
    }
}
