using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.E2E;

/// <summary>
/// The lifecycle's other screens: the hall screen follows a vote (turnout, then the published result) at projector
/// and livestream sizes; a closed panel says so and links to its record; the agenda editor ends the speech and
/// closes in one confirmed step; an adjourned session's resume time is on the lobby and the editor.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SessionScreensTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task HallScreen_ShowsTheRunningPollsTurnout_ThenItsPublishedResult_At1920x1080And1280x720()
    {
        var sessionId = await LiveSessions.OpenNowAsync(fixture.Host, "Adoption of the Declaration (resumed)");
        await LiveSessions.GiveFloorAsync(fixture.Host, sessionId, "KAZ");
        var declarationId = await Declarations.PublishedAsync(fixture.Host);
        await using var hall = await fixture.OpenAsync("hall-projector", timeZone: "Europe/Vienna", width: 1920, height: 1080);
        await using var stream = await fixture.OpenAsync("hall-stream", timeZone: "Europe/Vienna", width: 1280, height: 720);
        await hall.SignInAsync($"observer@{Domain}");
        await stream.SignInAsync($"observer@{Domain}");
        await hall.Page.GotoAsync($"/hall?id={sessionId}");
        await stream.Page.GotoAsync($"/hall?id={sessionId}");
        await Assertions.Expect(hall.Page.GetByTestId("hall-delegation")).ToHaveTextAsync("Kazakhstan");
        await Assertions.Expect(hall.Page.GetByTestId("hall-poll")).ToBeHiddenAsync();

        await using var kaz = await fixture.Host.SignInAsync($"kaz.head@{Domain}");
        var kazHub = await kaz.ConnectAsync("/hubs/voting");
        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var hub = await secretariat.ConnectAsync("/hubs/voting");
        var draft = await hub.InvokeAsync<PollView>("CreatePoll", new CreatePollRequest(PollSubjectKind.Declaration, declarationId,
            "Shall the Conference adopt the draft declaration as orally revised?", PollMode.Recorded, DecisionRule.SimpleMajority,
            new QuorumSpec(QuorumKind.Count, 1), null, false));
        var poll = await Polls.OpenWhenQuorateAsync(hub, draft.PollId);
        var published = false;
        try
        {
            foreach (var screen in new[] { hall, stream })
            {
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll")).ToHaveAttributeAsync("data-poll-state", "Open");
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll-voted")).ToHaveTextAsync("0");
            }
            await kazHub.InvokeAsync<VoteReceipt>("CastVote", poll.PollId, VoteChoice.No, Guid.NewGuid().ToString());
            foreach (var screen in new[] { hall, stream })
            {
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll-voted")).ToHaveTextAsync("1");
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll-eligible")).ToHaveTextAsync(poll.Turnout.Eligible.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            await Assertions.Expect(hall.Page.GetByTestId("hall-delegation")).ToHaveTextAsync("Kazakhstan");
            // The bar is as long as the share that voted (1 of 52), not the whole width.
            var share = await hall.Page.GetByTestId("hall-poll-fill").EvaluateAsync<double>(
                "el => el.getBoundingClientRect().width / el.parentElement.getBoundingClientRect().width");
            Assert.InRange(share, 0.001, 1.5 / poll.Turnout.Eligible);
            await hall.ScreenshotAsync("1920x1080-turnout");
            await stream.ScreenshotAsync("1280x720-turnout");

            await hub.InvokeAsync<PollView>("ClosePoll", poll.PollId);
            await hub.InvokeAsync<PollView>("PublishPoll", poll.PollId);
            published = true;
            foreach (var screen in new[] { hall, stream })
            {
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll")).ToHaveAttributeAsync("data-poll-state", "Published");
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll-outcome")).ToHaveTextAsync("Not adopted");
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll-no")).ToHaveTextAsync("1");
                await Assertions.Expect(screen.Page.GetByTestId("hall-poll-yes")).ToHaveTextAsync("0");
            }
            await hall.ScreenshotAsync("1920x1080-result");
            await stream.ScreenshotAsync("1280x720-result");

            // Nothing of it hides the countdown, the speaker or the next speakers at either size.
            foreach (var screen in new[] { hall, stream })
            foreach (var part in new[] { "hall-countdown", "hall-delegation", "hall-next", "hall-poll-outcome" })
                await Assertions.Expect(screen.Page.GetByTestId(part)).ToBeInViewportAsync(new() { Ratio = 1 });
        }
        finally
        {
            if (!published) await hub.InvokeAsync<PollView>("CancelPoll", poll.PollId);
        }
    }

    [Fact]
    public async Task PanelClosedWhileOpen_SaysClosed_AndLinksToItsRecord()
    {
        var sessionId = await LiveSessions.OpenNowAsync(fixture.Host, "Panel III: Early warning and forensic cooperation", kind: "Panel");
        await using var mex = await fixture.OpenAsync("panel-closed-mexico", timeZone: "America/Mexico_City");
        await mex.SignInAsync($"mex.head@{Domain}");
        await mex.Page.GotoAsync($"/panel?id={sessionId}");
        await Assertions.Expect(mex.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Live");
        await Assertions.Expect(mex.Page.GetByTestId("record-link")).ToBeHiddenAsync();

        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var version = await LiveSessions.VersionAsync(secretariat, sessionId);
        (await secretariat.PostAsync($"/api/sessions/{sessionId}/close", new { version, endSpeech = false })).EnsureSuccessStatusCode();

        await Assertions.Expect(mex.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Closed");
        var notice = mex.Page.Locator("[data-floor=closed-notice]");
        await Assertions.Expect(notice).ToContainTextAsync("This session is closed.");
        await Assertions.Expect(mex.Page.Locator("[data-panel=ask-section]")).ToBeHiddenAsync();
        await mex.ScreenshotAsync("panel-closed");
        await notice.GetByTestId("record-link").ClickAsync();
        await mex.Page.WaitForURLAsync($"**/record?id={sessionId}");
        await Assertions.Expect(mex.Page.GetByTestId("record-session")).ToHaveTextAsync("Panel III: Early warning and forensic cooperation");
        await mex.ScreenshotAsync("panel-record");
    }

    [Fact]
    public async Task AgendaEditor_CloseWithASpeechRunning_IsRefused_ThenEndsTheSpeechAndClosesInOneConfirmedStep()
    {
        var sessionId = await LiveSessions.OpenNowAsync(fixture.Host, "Closing statements");
        await LiveSessions.GiveFloorAsync(fixture.Host, sessionId, "MEX");
        await using var editor = await fixture.OpenAsync("editor-close", timeZone: "America/New_York");
        await editor.SignInAsync($"secretariat@{Domain}");
        await editor.Page.GotoAsync("/agenda");
        var card = editor.Page.GetByTestId($"editor-session-{sessionId}");
        await card.GetByTestId($"close-{sessionId}").ClickAsync();
        await editor.Page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "Close the session" }).ClickAsync();

        var second = editor.Page.Locator("dialog[open]");
        await Assertions.Expect(second).ToContainTextAsync("A speech is still running");
        await Assertions.Expect(second).ToContainTextAsync("end the speech (it is recorded first) and close the session in one step");
        await Assertions.Expect(card).ToContainTextAsync("A speech is running: end it first, or end it and close in one step.");
        await editor.ScreenshotAsync("end-and-close-confirmation");
        await Assertions.Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bcard--live\b"));
        await second.GetByRole(AriaRole.Button, new() { Name = "End the speech and close" }).ClickAsync();

        card = editor.Page.GetByTestId($"editor-session-{sessionId}");
        await Assertions.Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bcard--closed\b"));
        await editor.ScreenshotAsync("closed-from-the-agenda");
        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var record = await secretariat.GetAsync<JsonElement>($"/api/sessions/{sessionId}/record");
        var speech = Assert.Single(record.GetProperty("speeches").EnumerateArray());
        Assert.Equal("MEX", speech.GetProperty("delegation").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AdjournedSession_ShowsItsPlannedResumeTime_OnTheLobbyAndTheAgendaEditor_Live()
    {
        var sessionId = await LiveSessions.OpenNowAsync(fixture.Host, "Informal consultations on the declaration");
        await using var kaz = await fixture.OpenAsync("adjourned-lobby", timeZone: "Europe/Vienna");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await kaz.Page.GotoAsync("/");
        var item = kaz.Page.GetByTestId($"session-{sessionId}");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-state", "Live");

        await using var secretariat = await fixture.Host.SignInAsync($"secretariat@{Domain}");
        var version = await LiveSessions.VersionAsync(secretariat, sessionId);
        var resumeAt = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(1).Date.AddHours(9), TimeSpan.Zero);
        (await secretariat.PostAsync($"/api/sessions/{sessionId}/adjourn", new { version, resumeAt })).EnsureSuccessStatusCode();

        // 09:00 UTC tomorrow is 10:00 in Vienna (the viewer); the host's clock follows it.
        await Assertions.Expect(item).ToHaveAttributeAsync("data-state", "Suspended");
        var resumes = kaz.Page.GetByTestId($"session-resumes-{sessionId}");
        await Assertions.Expect(resumes).ToContainTextAsync("Adjourned until");
        await Assertions.Expect(resumes).ToContainTextAsync("10:00");
        await kaz.ScreenshotAsync("lobby-adjourned");

        await using var editor = await fixture.OpenAsync("adjourned-editor", timeZone: "America/New_York");
        await editor.SignInAsync($"secretariat@{Domain}");
        await editor.Page.GotoAsync("/agenda");
        await Assertions.Expect(editor.Page.GetByTestId($"resumes-{sessionId}")).ToContainTextAsync("Adjourned until");
        await editor.ScreenshotAsync("agenda-adjourned");
    }
}
