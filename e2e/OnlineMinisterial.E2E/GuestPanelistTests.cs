using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.E2E;

/// <summary>The moderator invites a guest panelist from the panel page and puts her on the stage; the demo's guest is already invited.</summary>
[Collection(BrowserTests.Name)]
public sealed class GuestPanelistTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task TheModerator_InvitesAGuestFromThePanelPage_AndPutsHerOnStage()
    {
        var panel = await fixture.Host.WithDbAsync(db => db.Sessions.Where(s => s.Kind == SessionKind.Panel).OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());
        await using var moderator = await fixture.OpenAsync("guest-moderator", timeZone: "America/New_York");
        await moderator.SignInAsync($"moderator@{Domain}");
        await moderator.Page.GotoAsync($"/panel?id={panel}");
        var guests = moderator.Page.GetByTestId("guest-list");
        await Assertions.Expect(guests.GetByTestId("guest")).ToContainTextAsync(["Dr. Amara Okafor, forensic chemist"]);

        await moderator.Page.FillAsync("#guest-name", "Prof. Lena Brandt");
        await moderator.Page.FillAsync("#guest-email", "lena.brandt@guests.example");
        await moderator.Page.FillAsync("#guest-password", "Guest-Panelist-2026");
        await moderator.Page.GetByTestId("guest-invite").ClickAsync();

        await Assertions.Expect(moderator.Page.GetByTestId("guest-status")).ToContainTextAsync("Prof. Lena Brandt is invited");
        await Assertions.Expect(guests.GetByTestId("guest")).ToHaveCountAsync(2);
        var personId = await fixture.Host.WithDbAsync(db => db.Users.Where(u => u.Email == "lena.brandt@guests.example").Select(u => u.Id).SingleAsync());
        var candidate = moderator.Page.GetByTestId("stage-candidate");
        await Assertions.Expect(candidate.Locator($"option[value=\"{personId}\"]")).ToHaveCountAsync(1);
        await moderator.ScreenshotAsync("panel-guest-invited");

        await candidate.SelectOptionAsync(personId);
        await moderator.Page.GetByTestId("put-on-stage").ClickAsync();
        await Assertions.Expect(moderator.Page.Locator($"[data-testid=\"panelist\"][data-person-id=\"{personId}\"]")).ToContainTextAsync("Prof. Lena Brandt");
        await moderator.ScreenshotAsync("panel-guest-on-stage");

        // The guest signs in with the account the invitation made.
        await using var guest = await fixture.OpenAsync("guest-panelist", timeZone: "Europe/Berlin");
        await guest.SignInAsync("lena.brandt@guests.example", "Guest-Panelist-2026");
        await guest.Page.GotoAsync($"/panel?id={panel}");
        await Assertions.Expect(guest.Page.Locator($"[data-testid=\"panelist\"][data-person-id=\"{personId}\"]")).ToBeVisibleAsync();
        await Assertions.Expect(guest.Page.GetByTestId("guest-form")).ToBeHiddenAsync();
    }
}
