using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using OnlineMinisterial.Web.Features.Declaration;

namespace OnlineMinisterial.E2E;

/// <summary>The secretariat ends a silence procedure early from its console; a delegation sees it withdrawn, and why.</summary>
[Collection(BrowserTests.Name)]
public sealed class SilenceWithdrawalTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task SecretariatWithdrawsTheTextFromSilence_AfterConfirmingWithAReason_EveryDelegationSeesIt()
    {
        await Declarations.PublishedAsync(fixture.Host);
        await using (var setup = await fixture.Host.SignInAsync($"secretariat@{Domain}"))
        {
            var hub = await setup.ConnectAsync("/hubs/voting");
            await hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", DateTimeOffset.UtcNow.AddHours(2));
        }
        await using var usa = await fixture.OpenAsync("silence-usa", timeZone: "America/Chicago");
        await using var secretariat = await fixture.OpenAsync("silence-secretariat", timeZone: "America/New_York");
        await usa.SignInAsync($"usa.head@{Domain}");
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await usa.Page.GotoAsync("/declaration");
        await secretariat.Page.GotoAsync("/secretariat#declaration");
        await Assertions.Expect(usa.Page.GetByTestId("silence")).ToHaveAttributeAsync("data-state", "Running");

        await secretariat.Page.GetByTestId("silence-withdraw").ClickAsync();
        var dialog = secretariat.Page.Locator("dialog[open]");
        await Assertions.Expect(dialog).ToContainTextAsync("cannot be undone");
        // Without a reason it does not go: the reason is required.
        await dialog.Locator("[type=submit]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(1);
        await Assertions.Expect(usa.Page.GetByTestId("silence")).ToHaveAttributeAsync("data-state", "Running");
        await secretariat.ScreenshotAsync("withdraw-confirm");
        await dialog.Locator("#dialog-field").FillAsync("Consultations on OP1 continue.");
        await dialog.Locator("[type=submit]").ClickAsync();

        await Assertions.Expect(secretariat.Page.GetByTestId("silence-state")).ToHaveAttributeAsync("data-state", "Withdrawn");
        await Assertions.Expect(usa.Page.GetByTestId("silence")).ToHaveAttributeAsync("data-state", "Withdrawn");
        await Assertions.Expect(usa.Page.GetByTestId("silence-withdrawal-reason")).ToContainTextAsync("Consultations on OP1 continue.");
        await Assertions.Expect(usa.Page.GetByTestId("break-silence")).ToHaveCountAsync(0);
        await usa.ScreenshotAsync("withdrawn");
        await secretariat.ScreenshotAsync("withdrawn");
    }
}
