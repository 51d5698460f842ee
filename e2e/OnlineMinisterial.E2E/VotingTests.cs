using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.E2E;

[Collection(BrowserTests.Name)]
public sealed class VotingTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    /// <summary>The secretariat's drafting is not under test here: the declaration is set up through the hub.</summary>
    private Task<Guid> PublishedDeclarationAsync() => Declarations.PublishedAsync(fixture.Host);

    private static Task ExpectVoted(Person person, int voted) =>
        Assertions.Expect(person.Page.GetByTestId("turnout")).ToHaveAttributeAsync("data-voted", voted.ToString(CultureInfo.InvariantCulture));

    private static async Task CastAsync(Person person, string choice)
    {
        await person.Page.GetByTestId($"vote-{choice}").ClickAsync();
        await person.Page.GetByTestId("vote-confirm").ClickAsync();
        await Assertions.Expect(person.Page.GetByTestId("receipt")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task SecretariatRunsARecordedVote_TwoDelegationsVote_TurnoutAndResultReachEveryScreen()
    {
        var declarationId = await PublishedDeclarationAsync();
        // Other browser tests of this host publish polls of their own.
        var publishedBefore = await fixture.Host.WithDbAsync(db => db.Polls.CountAsync(p => p.State == PollState.Published));
        await using var secretariat = await fixture.OpenAsync("vote-secretariat", timeZone: "America/New_York");
        await using var kaz = await fixture.OpenAsync("vote-kazakhstan", timeZone: "Asia/Almaty");
        await using var mex = await fixture.OpenAsync("vote-mexico", timeZone: "America/Mexico_City", locale: "es-MX");
        await secretariat.SignInAsync($"secretariat@{Domain}");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await mex.SignInAsync($"mex.head@{Domain}");
        await using var observer = await fixture.OpenAsync("vote-observer", timeZone: "Europe/Brussels");
        await observer.SignInAsync($"observer@{Domain}");
        await observer.Page.GotoAsync("/vote");
        await kaz.Page.GotoAsync("/vote");
        await mex.Page.GotoAsync("/vote");

        // A small quorum: only two voting delegations take part in this test.
        await secretariat.Page.GotoAsync("/secretariat#polls");
        await secretariat.Page.SelectOptionAsync("#poll-subject", $"Declaration:{declarationId}");
        await secretariat.Page.CheckAsync("#poll-mode-recorded");
        await secretariat.Page.CheckAsync("#poll-rule-simplemajority");
        await secretariat.Page.FillAsync("#poll-quorum", "2");
        await secretariat.Page.ClickAsync("#poll-create");
        var poll = secretariat.Page.Locator("[data-testid^=poll-][data-state=Draft]").First;
        await poll.GetByTestId("poll-open").ClickAsync();
        await Assertions.Expect(secretariat.Page.Locator("[data-testid^=poll-][data-state=Open]")).ToHaveCountAsync(1);
        await secretariat.ScreenshotAsync("poll-open");

        await Assertions.Expect(kaz.Page.GetByTestId("vote-yes")).ToBeVisibleAsync();
        // No question was typed: each reader's page words it from the declaration in their own language.
        await Assertions.Expect(kaz.Page.Locator("#poll-question")).ToHaveTextAsync(new Regex("^Adopt “.+” as published in version \\d+\\?$"));
        await Assertions.Expect(mex.Page.Locator("#poll-question")).ToHaveTextAsync(new Regex("^¿Aprobar «.+» tal como se publicó en su versión \\d+\\?$"));
        await ExpectVoted(mex, 0);
        await CastAsync(kaz, "yes");
        await ExpectVoted(mex, 1);
        await ExpectVoted(secretariat, 1);
        await Assertions.Expect(mex.Page.GetByTestId("not-voted-MEX")).ToBeVisibleAsync();
        await mex.ScreenshotAsync("ballot-before-casting");
        await CastAsync(mex, "no");
        await ExpectVoted(kaz, 2);
        await kaz.ScreenshotAsync("ballot-receipt");

        var open = secretariat.Page.Locator("[data-testid^=poll-][data-state=Open]").First;
        await open.GetByTestId("poll-close").ClickAsync();
        await secretariat.Page.ClickAsync("dialog [type=submit]");
        var closed = secretariat.Page.Locator("[data-testid^=poll-][data-state=Closed]").First;
        await closed.GetByTestId("poll-publish").ClickAsync();
        await secretariat.Page.ClickAsync("dialog [type=submit]");

        await ExpectVoted(observer, 2);
        foreach (var person in new[] { kaz, mex, observer })
        {
            var chart = person.Page.GetByTestId("result-chart");
            await Assertions.Expect(chart).ToHaveAttributeAsync("data-yes", "1");
            await Assertions.Expect(chart).ToHaveAttributeAsync("data-no", "1");
            await Assertions.Expect(chart).ToHaveAttributeAsync("data-adopted", "false");
            await Assertions.Expect(person.Page.GetByTestId("recorded-KAZ")).ToHaveAttributeAsync("data-choice", "Yes");
        }
        // One for, one against: a tie, said in each reader's language, not in the server's English sentence.
        await Assertions.Expect(kaz.Page.Locator(".result__reason")).ToHaveTextAsync("A tie is not a majority of those present and voting.");
        await Assertions.Expect(mex.Page.Locator(".result__reason")).ToHaveTextAsync("Un empate no constituye mayoría de los miembros presentes y votantes.");
        await Assertions.Expect(secretariat.Page.Locator("[data-testid^=poll-][data-state=Published]")).ToHaveCountAsync(publishedBefore + 1);
        await kaz.ScreenshotAsync("result");
        await mex.ScreenshotAsync("result");
        await observer.ScreenshotAsync("result");
        await secretariat.ScreenshotAsync("published");
    }
}
