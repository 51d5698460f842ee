using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

[Collection(BrowserTests.Name)]
public sealed class AccountsTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task Secretariat_FindsADelegate_DeactivatesWithConfirmation_AndTheDelegateIsSignedOut()
    {
        await using var delegate_ = await fixture.OpenAsync("gbr-head", timeZone: "Europe/London");
        await delegate_.SignInAsync($"gbr.head@{Domain}");
        await Assertions.Expect(delegate_.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");

        await using var secretariat = await fixture.OpenAsync("secretariat", timeZone: "America/New_York");
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await secretariat.Page.GotoAsync("/accounts");
        await secretariat.Page.FillAsync("#accounts-search", "gbr");
        var row = secretariat.Page.Locator($"[data-testid=account-row][data-email='gbr.head@{Domain}']");
        await Assertions.Expect(row.GetByTestId("account-state")).ToHaveTextAsync("Active");
        await secretariat.ScreenshotAsync("accounts");

        await row.GetByTestId("account-deactivate").ClickAsync();
        await Assertions.Expect(secretariat.Page.Locator("dialog[open]")).ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("accounts-deactivate-confirm");
        await secretariat.Page.Locator("dialog[open] button[type=submit]").ClickAsync();
        await Assertions.Expect(row.GetByTestId("account-state")).ToHaveTextAsync("Deactivated");
        await secretariat.ScreenshotAsync("accounts-deactivated");

        // The delegate's open page loses its connection and, reconnecting without a valid session, goes to sign-in.
        await delegate_.Page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal), new() { Timeout = 30_000 });

        await row.GetByTestId("account-reactivate").ClickAsync();
        await Assertions.Expect(row.GetByTestId("account-state")).ToHaveTextAsync("Active");
    }

    [Fact]
    public async Task APerson_ChangesTheirPassword_FromTheAccountPage()
    {
        await using var person = await fixture.OpenAsync("adviser-account", timeZone: "Asia/Almaty");
        await person.SignInAsync($"kaz.adviser@{Domain}");
        await person.Page.GotoAsync("/account");
        await person.Page.FillAsync("#current-password", "Ministerial-2026");
        await person.Page.FillAsync("#new-password", "Ministerial-2027!");
        await person.Page.FillAsync("#repeat-password", "Ministerial-2027!");
        await person.Page.GetByTestId("password-submit").ClickAsync();
        await Assertions.Expect(person.Page.Locator("#password-done")).ToBeVisibleAsync();
        await person.ScreenshotAsync("account-password-changed");
    }
}
