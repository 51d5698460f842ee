using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.E2E;

/// <summary>
/// What cannot be undone asks first, in the page's own dialog: rejecting a nomination, removing a delegation,
/// dismissing a panel question. Keeping it changes nothing and gives focus back to the button.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ConfirmationsTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    private static ILocator Dialog(Person person) => person.Page.Locator("dialog.dialog");

    private static async Task KeepAsync(Person person, ILocator button, string keepLabel, Func<Task>? whileOpen = null)
    {
        await button.ClickAsync();
        await Assertions.Expect(Dialog(person)).ToBeVisibleAsync();
        if (whileOpen is not null) await whileOpen();
        await Dialog(person).GetByRole(AriaRole.Button, new() { Name = keepLabel, Exact = true }).ClickAsync();
        await Assertions.Expect(Dialog(person)).ToHaveCountAsync(0);
        await Assertions.Expect(button).ToBeFocusedAsync();
    }

    private static async Task ConfirmAsync(Person person, ILocator button, string confirmLabel, string screenshot)
    {
        await button.ClickAsync();
        await Assertions.Expect(Dialog(person)).ToContainTextAsync("cannot be undone");
        await person.ScreenshotAsync(screenshot);
        await Dialog(person).GetByRole(AriaRole.Button, new() { Name = confirmLabel, Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task RejectingANomination_AndRemovingADelegation_AreConfirmed_AndKeepingThemChangesNothing()
    {
        const string email = "stringer@coastal.example";
        var asked = await fixture.Host.Anonymous().PostAsync("/api/access/accreditation-requests",
            new { category = "Press", displayName = "Sam Stringer", email, organization = "Coastal Wire", language = "en" });
        asked.EnsureSuccessStatusCode();
        // The demo has the most delegations a conference may have: one more is written directly, for the page to remove.
        await fixture.Host.WithDbAsync(async db =>
        {
            var conferenceId = await db.Conferences.Select(c => c.Id).SingleAsync();
            db.Delegations.Add(Delegation.Create(Guid.NewGuid(), conferenceId, "Atoll Network", "ATOLLNET", DelegationKind.InternationalOrganization, HeadRank.Minister, false));
            return await db.SaveChangesAsync();
        });
        Task<NominationState> StateAsync() => fixture.Host.WithDbAsync(db => db.Nominations.Where(n => n.Email == email).Select(n => n.State).SingleAsync());
        Task<bool> AtollAsync() => fixture.Host.WithDbAsync(db => db.Delegations.AnyAsync(d => d.Code == "ATOLLNET"));

        await using var secretariat = await fixture.OpenAsync("confirm-secretariat", timeZone: "Europe/Vienna");
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await secretariat.Page.GotoAsync("/participants");
        var reject = secretariat.Page.GetByTestId($"reject-{email}");
        await secretariat.Page.GetByTestId($"reject-reason-{email}").FillAsync("Not a registered media outlet.");
        await KeepAsync(secretariat, reject, "Keep it pending");
        Assert.Equal(NominationState.Pending, await StateAsync());
        await ConfirmAsync(secretariat, reject, "Reject", "confirm-reject");
        await Assertions.Expect(secretariat.Page.GetByTestId($"nomination-{email}")).ToHaveCountAsync(0);
        Assert.Equal(NominationState.Rejected, await StateAsync());

        await secretariat.Page.GotoAsync("/delegations");
        var remove = secretariat.Page.GetByTestId("remove-ATOLLNET");
        await KeepAsync(secretariat, remove, "Keep it");
        Assert.True(await AtollAsync());
        await ConfirmAsync(secretariat, remove, "Remove", "confirm-remove-delegation");
        await Assertions.Expect(secretariat.Page.GetByTestId("delegation-ATOLLNET")).ToHaveCountAsync(0);
        Assert.False(await AtollAsync());
    }

    [Fact]
    public async Task DismissingAPanelQuestion_IsConfirmed_AndKeepingItLeavesItOnTheBoard()
    {
        var panelId = await fixture.Host.WithDbAsync(async db =>
        {
            var panel = await db.Sessions.Where(s => s.Kind == SessionKind.Panel).OrderBy(s => s.Ordinal).FirstAsync();
            if (panel.State == SessionState.Scheduled)
            {
                panel.Open(DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
            }
            return panel.Id;
        });
        const string text = "Which ports report seizures of precursor chemicals each month?";
        const string later = "How often do the customs services share their watch lists?";
        await using var kaz = await fixture.Host.SignInAsync($"kaz.head@{Domain}");
        var kazHub = await kaz.ConnectAsync("/hubs/panel");
        await kazHub.InvokeAsync<object>("SubmitQuestion", panelId, Guid.NewGuid(), text, false, null);

        await using var moderator = await fixture.OpenAsync("confirm-moderator", timeZone: "Europe/Vienna");
        await moderator.SignInAsync($"moderator@{Domain}");
        await moderator.Page.GotoAsync($"/panel?id={panelId}");
        var question = moderator.Page.GetByTestId("question").Filter(new() { HasText = text });
        var dismiss = question.GetByTestId("dismiss");
        // A question arriving while the dialog is open draws the board again: the Dismiss button is a new element,
        // and keeping the question still gives focus back to the Dismiss button of the same question.
        await KeepAsync(moderator, dismiss, "Keep it", async () =>
        {
            await kazHub.InvokeAsync<object>("SubmitQuestion", panelId, Guid.NewGuid(), later, false, null);
            await Assertions.Expect(moderator.Page.GetByTestId("question").Filter(new() { HasText = later })).ToHaveCountAsync(1);
        });
        await Assertions.Expect(question).Not.ToHaveAttributeAsync("data-state", "Dismissed");
        await ConfirmAsync(moderator, dismiss, "Dismiss", "confirm-dismiss-question");
        await Assertions.Expect(moderator.Page.GetByTestId("question").Filter(new() { HasText = text }).And(moderator.Page.Locator("[data-state=Open], [data-state=Pending]")))
            .ToHaveCountAsync(0);
    }
}
