using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.E2E;

/// <summary>
/// A plenary from its early opening to its record: the chair opens it ahead of time, two delegations speak, the hall
/// screen shows who speaks with the countdown, the chair ends the speech and closes with a confirmation, the rooms
/// say closed and open the record, and the PDF carries every speaker as text.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LifecycleTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task ChairOpensEarly_TwoSpeak_HallShowsTheSpeaker_ChairClosesWithConfirmation_RoomsOpenTheRecordAndItsPdf()
    {
        // The last scheduled plenary of the demo agenda: other browser tests use the live opening session.
        var sessionId = await fixture.Host.WithDbAsync(db => db.Sessions
            .Where(s => s.State == SessionState.Scheduled && s.Kind == SessionKind.Plenary)
            .OrderByDescending(s => s.Ordinal).Select(s => s.Id).FirstAsync());
        await using var chair = await fixture.OpenAsync("lifecycle-chair", timeZone: "Europe/Vienna");
        await using var kaz = await fixture.OpenAsync("lifecycle-kazakhstan");
        await using var mex = await fixture.OpenAsync("lifecycle-mexico", timeZone: "America/Mexico_City");
        await using var hall = await fixture.OpenAsync("lifecycle-hall", timeZone: "Europe/Vienna", width: 1920, height: 1080);
        await using var stream = await fixture.OpenAsync("lifecycle-stream", timeZone: "Europe/Vienna", width: 1280, height: 720);
        await chair.SignInAsync($"chair@{Domain}");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await mex.SignInAsync($"mex.head@{Domain}");
        await hall.SignInAsync($"observer@{Domain}");
        await stream.SignInAsync($"observer@{Domain}");

        await chair.Page.GotoAsync($"/chair?id={sessionId}");
        await Assertions.Expect(chair.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Scheduled");
        await chair.Page.GetByTestId("session-open-now").ClickAsync();
        await Assertions.Expect(chair.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Live");

        await kaz.Page.GotoAsync($"/session?id={sessionId}");
        await mex.Page.GotoAsync($"/session?id={sessionId}");
        await hall.Page.GotoAsync($"/hall?id={sessionId}");
        await stream.Page.GotoAsync($"/hall?id={sessionId}");
        await Assertions.Expect(kaz.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Live");
        await kaz.Page.GetByTestId("request-floor").ClickAsync();
        await Assertions.Expect(chair.Page.GetByTestId("request-KAZ-Statement")).ToBeVisibleAsync();
        await mex.Page.GetByTestId("request-floor").ClickAsync();
        await Assertions.Expect(chair.Page.GetByTestId("request-MEX-Statement")).ToBeVisibleAsync();

        await chair.Page.GetByTestId("give-next").ClickAsync();
        await Assertions.Expect(hall.Page.GetByTestId("hall-delegation")).ToHaveTextAsync("Kazakhstan");
        await Assertions.Expect(hall.Page.GetByTestId("hall-speaker")).ToHaveTextAsync("Head of Delegation, Kazakhstan");
        await Assertions.Expect(hall.Page.GetByTestId("hall-countdown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[23]:\d\d$"));
        await Assertions.Expect(hall.Page.GetByTestId("hall-next")).ToContainTextAsync("Mexico");
        await Assertions.Expect(stream.Page.GetByTestId("hall-delegation")).ToHaveTextAsync("Kazakhstan");
        await hall.ScreenshotAsync("1920x1080-speaking");
        await stream.ScreenshotAsync("1280x720-speaking");

        await chair.Page.GetByTestId("give-next").ClickAsync();
        await Assertions.Expect(hall.Page.GetByTestId("hall-delegation")).ToHaveTextAsync("Mexico");

        // Closing mid-speech asks first and says the speech will be ended; cancelling changes nothing.
        await chair.Page.GetByTestId("session-close").ClickAsync();
        var dialog = chair.Page.Locator("dialog[open]");
        await Assertions.Expect(dialog).ToContainTextAsync("Mexico still has the floor");
        await chair.ScreenshotAsync("close-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(chair.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Live");
        await chair.Page.GetByTestId("session-close").ClickAsync();
        await chair.Page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "End the speech and close" }).ClickAsync();
        await Assertions.Expect(chair.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Closed");

        foreach (var room in new[] { kaz, mex })
        {
            await Assertions.Expect(room.Page.GetByTestId("session-state")).ToHaveAttributeAsync("data-state", "Closed");
            await Assertions.Expect(room.Page.GetByTestId("record-link")).ToBeVisibleAsync();
        }
        await Assertions.Expect(hall.Page.GetByTestId("hall-state")).ToHaveAttributeAsync("data-state", "Closed");
        await kaz.ScreenshotAsync("room-closed");
        await chair.ScreenshotAsync("console-closed");

        // The lobby links to the record too.
        await mex.Page.GotoAsync("/");
        await Assertions.Expect(mex.Page.GetByTestId($"session-record-{sessionId}")).ToBeVisibleAsync();

        await kaz.Page.GetByTestId("record-link").ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("record-speech")).ToHaveCountAsync(2);
        await Assertions.Expect(kaz.Page.GetByTestId("record-speech").First).ToContainTextAsync("Kazakhstan");
        await kaz.ScreenshotAsync("record");

        var download = await kaz.Page.RunAndWaitForDownloadAsync(() => kaz.Page.GetByTestId("record-pdf").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"record-{sessionId:N}.pdf");
        await download.SaveAsAsync(file);
        var text = await PdfTextAsync(file);
        foreach (var expected in new[] { "Record of proceedings", "Kazakhstan (KAZ)", "Head of Delegation, Kazakhstan", "Mexico (MEX)", "Head of Delegation, Mexico" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    /// <summary>The PDF's text as Debian's poppler-utils extracts it (scripts/test.sh installs it).</summary>
    private static async Task<string> PdfTextAsync(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
