using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.E2E;

/// <summary>
/// The secretariat's and the delegate's own pages (accounts, account, delegations, participants, outbox, record, my
/// delegation) and the public ones have the same header as the meeting rooms: the bell and the language menu on every
/// signed-in page, the brand and the language menu on the public ones; a visit logs nothing and axe finds nothing
/// serious, button names matching their text included. The hall screen is a projector's: it shows no header.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class OtherPagesTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    /// <summary>A session of its own, opened and closed at once, so its record exists.</summary>
    private async Task<Guid> ClosedSessionAsync()
    {
        var id = await LiveSessions.OpenNowAsync(fixture.Host, "Closed briefing on maritime routes");
        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var version = await LiveSessions.VersionAsync(secretariat, id);
        (await secretariat.PostAsync($"/api/sessions/{id}/close", new { endSpeech = false, version })).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>
    /// A delegation arrives and leaves while the page is open: a page holding a conference-hub connection receives both
    /// presence changes (and, as the console is watched, handles them without a warning). → whether it held one
    /// </summary>
    private async Task<bool> PresenceChangesAsync(HubFrames frames)
    {
        var mexico = await fixture.Host.WithDbAsync(db => db.Delegations.Where(d => d.Code == "MEX").Select(d => d.Id).FirstAsync());
        var delegation = $"\"delegationId\":\"{mexico}\"";
        var live = frames.Connected;
        var before = frames.Count;
        await using (var mex = await fixture.Host.SignInAsync($"mex.head@{Domain}"))
        {
            await mex.ConnectAsync("/hubs/conference");
            if (live) await frames.WaitForAsync(before, "\"PresenceChanged\"", delegation, "\"personPresent\":true");
            before = frames.Count;
        }
        if (live) await frames.WaitForAsync(before, "\"PresenceChanged\"", delegation, "\"personPresent\":false");
        return live;
    }

    [Fact]
    public async Task TheSecretariatsAndTheDelegatesPages_ShowTheOneHeaderWithTheBell_LogNothing_AndPassAxe()
    {
        var closed = await ClosedSessionAsync();
        await using var secretariat = await fixture.OpenAsync("other-pages-secretariat", timeZone: "Europe/Vienna");
        var console = PageChecks.WatchConsole(secretariat);
        var frames = HubFrames.Watch(secretariat.Page);
        await secretariat.SignInAsync($"secretariat@{Domain}");

        foreach (var path in new[] { "/accounts", "/account", "/delegations", "/participants", "/outbox", $"/record?id={closed}" })
        {
            await secretariat.Page.GotoAsync(path);
            await Assertions.Expect(secretariat.Page.Locator("main")).Not.ToHaveAttributeAsync("aria-busy", "true");
            var name = path.Split('?')[0].Trim('/');
            var document = name == "record";
            if (document) await Assertions.Expect(secretariat.Page.GetByTestId("record-session")).ToHaveTextAsync("Closed briefing on maritime routes");
            await PageChecks.ExpectHeaderAsync(secretariat, $"header-{name}", live: !document);
            await PageChecks.ExpectAccessibleAsync(secretariat, path);
            // A page with the live indicator is connected to the conference hub; the record, a document, is not.
            Assert.Equal(!document, await PresenceChangesAsync(frames));
        }
        lock (console) Assert.True(console.Count == 0, string.Join("\n", console));

        await using var kaz = await fixture.OpenAsync("other-pages-kazakhstan", timeZone: "Asia/Almaty");
        var kazConsole = PageChecks.WatchConsole(kaz);
        var kazFrames = HubFrames.Watch(kaz.Page);
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await kaz.Page.GotoAsync("/my-delegation");
        await Assertions.Expect(kaz.Page.Locator("main")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await PageChecks.ExpectHeaderAsync(kaz, "header-my-delegation");
        await PageChecks.ExpectAccessibleAsync(kaz, "/my-delegation");
        Assert.True(await PresenceChangesAsync(kazFrames));
        lock (kazConsole) Assert.True(kazConsole.Count == 0, string.Join("\n", kazConsole));
    }

    [Fact]
    public async Task ThePublicPages_ShowTheBrandAndTheLanguageMenu_WithoutABell()
    {
        await using var visitor = await fixture.OpenAsync("other-pages-visitor", timeZone: "Europe/Paris");
        var console = PageChecks.WatchConsole(visitor);
        foreach (var path in new[] { "/forgot-password", "/accreditation" })
        {
            await visitor.Page.GotoAsync(path);
            await PageChecks.ExpectPublicHeaderAsync(visitor, $"public-{path.Trim('/')}");
            await PageChecks.ExpectAccessibleAsync(visitor, path);
        }
        await visitor.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        lock (console) Assert.True(console.Count == 0, string.Join("\n", console));

        // Links without a valid token say so on the page; the header is the same.
        foreach (var path in new[] { "/welcome?token=expired", "/setup?token=expired" })
        {
            await visitor.Page.GotoAsync(path);
            await PageChecks.ExpectPublicHeaderAsync(visitor, $"public-{path.Split('?')[0].Trim('/')}");
        }
    }

    [Fact]
    public async Task TheForgottenPasswordPage_AnswersInTheVisitorsLanguage_NotInTheServersEnglish()
    {
        await using var visitor = await fixture.OpenAsync("forgot-french", timeZone: "Europe/Paris", locale: "fr-FR");
        await visitor.Page.GotoAsync("/forgot-password");
        var form = visitor.Page.GetByTestId("forgot-form");
        await form.Locator("input").First.FillAsync("nobody@example.org");
        await form.Locator("[type=submit]").ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("Si cette adresse correspond à un compte, un lien pour en réinitialiser le mot de passe est en route.");
        await Assertions.Expect(form).Not.ToContainTextAsync("If this address has an account");
        await visitor.ScreenshotAsync("sent");
    }

    [Fact]
    public async Task ThePanelsChairConsole_AndTheLobby_OpenThePanelPage_NotTheSessionRoom()
    {
        var panel = await fixture.Host.WithDbAsync(db => db.Sessions.Where(s => s.Kind == SessionKind.Panel)
            .OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());
        await using var moderator = await fixture.OpenAsync("other-pages-moderator", timeZone: "Europe/Vienna");
        await moderator.SignInAsync($"moderator@{Domain}");
        await Assertions.Expect(moderator.Page.GetByTestId($"session-room-{panel}")).ToHaveAttributeAsync("href", $"/panel?id={panel}");
        await moderator.Page.GotoAsync($"/chair?id={panel}");
        var room = moderator.Page.Locator("[data-floor=session-bar] a.btn--secondary").First;
        await Assertions.Expect(room).ToHaveAttributeAsync("href", $"/panel?id={panel}");
        await room.ClickAsync();
        await moderator.Page.WaitForURLAsync($"**/panel?id={panel}");
        await Assertions.Expect(moderator.Page.GetByTestId("board-version")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task TheHallScreen_ShowsNoHeader()
    {
        var sessionId = await fixture.Host.WithDbAsync(db => db.Sessions.OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());
        await using var hall = await fixture.OpenAsync("other-pages-hall", timeZone: "Europe/Vienna", width: 1920, height: 1080);
        await hall.SignInAsync($"observer@{Domain}");
        await hall.Page.GotoAsync($"/hall?id={sessionId}");
        await Assertions.Expect(hall.Page.GetByTestId("hall-state")).Not.ToBeEmptyAsync();
        await Assertions.Expect(hall.Page.Locator("header.app-header")).ToBeHiddenAsync();
        await Assertions.Expect(hall.Page.GetByTestId("bell")).ToBeHiddenAsync();
    }
}
