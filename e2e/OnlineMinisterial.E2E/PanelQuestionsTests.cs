using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.E2E;

[Collection(BrowserTests.Name)]
public sealed class PanelQuestionsTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";
    private const string Markup = "<img src=x onerror=alert(1)>";

    /// <summary>"Panel I", opened now: the demo schedules it for later in the day.</summary>
    private Task<Guid> OpenPanelAsync() => fixture.Host.WithDbAsync(async db =>
    {
        var panel = await db.Sessions.Where(s => s.Kind == SessionKind.Panel).OrderBy(s => s.Ordinal).FirstAsync();
        if (panel.State == SessionState.Scheduled)
        {
            panel.Open(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        return panel.Id;
    });

    private async Task<Person> OnThePanelAsync(string name, string email, Guid panelId, List<string> dialogs)
    {
        var person = await fixture.OpenAsync(name);
        person.Page.Dialog += (_, dialog) => dialogs.Add($"{name}: {dialog.Message}");
        await person.SignInAsync(email);
        await person.Page.GotoAsync($"/panel?id={panelId}");
        await Assertions.Expect(person.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(person.Page.GetByTestId("board-version")).ToHaveAttributeAsync("data-version", new System.Text.RegularExpressions.Regex(@"^\d+$"));
        return person;
    }

    private static ILocator Question(Person person, string list) =>
        person.Page.GetByTestId(list).GetByTestId("question").Filter(new() { HasText = Markup });

    [Fact]
    public async Task MarkupQuestion_IsShownLiterally_UpvotedApprovedPinned_ThenAnsweredIntoTheArchiveEverywhere()
    {
        var panelId = await OpenPanelAsync();
        var dialogs = new List<string>();
        await using var moderator = await OnThePanelAsync("panel-moderator", $"moderator@{Domain}", panelId, dialogs);
        await using var asker = await OnThePanelAsync("panel-kazakhstan", $"kaz.head@{Domain}", panelId, dialogs);
        await using var voter = await OnThePanelAsync("panel-mexico", $"mex.head@{Domain}", panelId, dialogs);
        await using var observer = await OnThePanelAsync("panel-observer", $"observer@{Domain}", panelId, dialogs);
        Person[] everyone = [moderator, asker, voter, observer];

        // The moderator wants to see questions before the room does.
        await moderator.Page.GetByTestId("premoderation").CheckAsync();
        await Assertions.Expect(moderator.Page.GetByTestId("premoderation")).ToBeCheckedAsync();

        await asker.Page.GetByTestId("question-text").FillAsync(Markup);
        await asker.Page.GetByTestId("question-named").CheckAsync();
        await asker.Page.GetByTestId("question-submit").ClickAsync();
        await Assertions.Expect(Question(asker, "my-waiting-questions")).ToHaveCountAsync(1);
        await asker.ScreenshotAsync("panel-asked");

        var waiting = Question(moderator, "moderation-queue");
        await Assertions.Expect(waiting).ToHaveCountAsync(1);
        await moderator.ScreenshotAsync("panel-moderation-queue");
        await waiting.GetByTestId("approve").ClickAsync();

        var open = Question(voter, "open-questions");
        await Assertions.Expect(open).ToHaveCountAsync(1);
        await Assertions.Expect(open.GetByTestId("question-body")).ToHaveTextAsync(Markup);
        await open.GetByTestId("upvote").ClickAsync();
        await Assertions.Expect(open).ToHaveAttributeAsync("data-votes", "1");
        await Assertions.Expect(open.GetByTestId("upvote")).ToHaveAttributeAsync("aria-pressed", "true");
        await voter.ScreenshotAsync("panel-upvoted");

        await Assertions.Expect(Question(moderator, "open-questions")).ToHaveAttributeAsync("data-votes", "1");
        await Question(moderator, "open-questions").GetByTestId("pin").ClickAsync();
        var pinned = observer.Page.GetByTestId("pinned-question");
        await Assertions.Expect(pinned.GetByTestId("question-body")).ToHaveTextAsync(Markup);
        await observer.ScreenshotAsync("panel-pinned");

        await moderator.Page.GetByTestId("pinned-question").GetByTestId("answer").ClickAsync();
        foreach (var person in everyone)
        {
            await Assertions.Expect(Question(person, "archive")).ToHaveCountAsync(1);
            await Assertions.Expect(Question(person, "open-questions")).ToHaveCountAsync(0);
            await Assertions.Expect(person.Page.GetByTestId("pinned-question")).ToHaveAttributeAsync("data-question-id", "");
            await Assertions.Expect(Question(person, "archive").GetByTestId("question-body")).ToHaveTextAsync(Markup);
            // Shown as text: no image element was made from it, and nothing ran.
            await Assertions.Expect(person.Page.Locator("img[src='x']")).ToHaveCountAsync(0);
        }
        await moderator.ScreenshotAsync("panel-answered-moderator");
        await observer.ScreenshotAsync("panel-answered-observer");
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Moderator_PutsADelegateOnStage_AndGivesThemTheFloor_TheAudienceSeesWhoSpeaksAndTheCountdown()
    {
        var panelId = await OpenPanelAsync();
        var dialogs = new List<string>();
        await using var moderator = await OnThePanelAsync("stage-moderator", $"moderator@{Domain}", panelId, dialogs);
        await using var observer = await OnThePanelAsync("stage-observer", $"observer@{Domain}", panelId, dialogs);
        var mexicoHead = await fixture.Host.WithDbAsync(db => db.Users.Where(u => u.Email == $"mex.head@{Domain}").Select(u => u.Id).SingleAsync());

        await moderator.Page.GetByTestId("stage-candidate").SelectOptionAsync(mexicoHead);
        await moderator.Page.GetByTestId("put-on-stage").ClickAsync();
        var onStage = moderator.Page.Locator($"[data-testid=panelist][data-person-id='{mexicoHead}']");
        await onStage.GetByTestId("give-floor").ClickAsync();

        var seen = observer.Page.Locator($"[data-testid=panelist][data-person-id='{mexicoHead}']");
        await Assertions.Expect(seen).ToHaveAttributeAsync("data-speaking", "true");
        await Assertions.Expect(observer.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-delegation", "MEX");
        await Assertions.Expect(observer.Page.GetByTestId("countdown")).ToHaveAttributeAsync("data-phase", "running");
        await observer.ScreenshotAsync("panel-speaking");
        await moderator.ScreenshotAsync("panel-speaking-moderator");

        await moderator.Page.GetByTestId("end-speech").ClickAsync();
        await onStage.GetByTestId("take-off-stage").ClickAsync();
        await Assertions.Expect(seen).ToHaveCountAsync(0);
        await Assertions.Expect(observer.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-state", "free");
        Assert.Empty(dialogs);
    }
}
