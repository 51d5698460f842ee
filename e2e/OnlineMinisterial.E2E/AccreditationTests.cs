using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.E2E;

/// <summary>
/// A secretariat sets up a small conference from an empty database, a focal point nominates an alternate, the
/// secretariat approves, and the alternate signs in through the link from the outbox and requests the floor.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class AccreditationTests(BrowserFixture fixture)
{
    private const string Password = "Strong-Passw0rd!";
    private const string Zone = "Europe/Vienna";

    [Fact]
    public async Task SecretariatSetsUpASmallConference_FocalPointNominates_AlternateSignsInThroughTheOutboxLink_AndRequestsTheFloor()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db, new Dictionary<string, string?> { ["Demo:Seed"] = "false", ["Scheduling:RunServer"] = "true" }, kestrel: true);
        var setupLink = await SetupLinkAsync(host);

        await using var secretariat = await OpenAsync(host, "setup-secretariat");
        await secretariat.Page.GotoAsync(setupLink);
        var setup = secretariat.Page.GetByTestId("setup-form");
        await setup.Locator("input[name=title]").FillAsync("Ministerial Conference on Water Security");
        await setup.Locator("input[name=hostTimeZone]").FillAsync(Zone);
        await setup.Locator("input[name=startsOn]").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await setup.Locator("input[name=endsOn]").FillAsync(DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await setup.Locator("input[name=lang-fr]").CheckAsync();
        await setup.Locator("input[name=displayName]").FillAsync("Head of Secretariat");
        await setup.Locator("input[name=email]").FillAsync("secretariat@water.example");
        await setup.Locator("input[name=password]").FillAsync(Password);
        await secretariat.ScreenshotAsync("setup");
        await setup.Locator("button[type=submit]").ClickAsync();
        await secretariat.Page.WaitForURLAsync("**/delegations");

        await secretariat.Page.GetByTestId("csv-input").FillAsync(
            "code,name,kind,votes,rank\nKAZ,Kazakhstan,MemberState,yes,Minister\nMEX,Mexico,MemberState,yes,Ambassador\n\"UNODC\",\"United Nations Office on Drugs and Crime\",InternationalOrganization,no,SeniorOfficial\n");
        await secretariat.Page.GetByTestId("import-preview-button").ClickAsync();
        await Assertions.Expect(secretariat.Page.GetByTestId("preview-4")).ToContainTextAsync("New");
        await secretariat.ScreenshotAsync("import-preview");
        Assert.Equal(0, await host.WithDbAsync(d => d.Delegations.CountAsync()));
        await secretariat.Page.GetByTestId("import-confirm").ClickAsync();
        await Assertions.Expect(secretariat.Page.GetByTestId("delegation-UNODC")).ToBeVisibleAsync();

        // The plenary opens half a minute from now, by the schedule.
        await secretariat.Page.GotoAsync("/agenda");
        var create = secretariat.Page.GetByTestId("create-form");
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(30), TimeZoneInfo.FindSystemTimeZoneById(Zone));
        await create.Locator("input[name=title]").FillAsync("Opening plenary");
        await create.Locator("input[name=start]").FillAsync(LocalValue(start));
        await create.Locator("input[name=end]").FillAsync(LocalValue(start.AddHours(1)));
        await create.Locator("button[type=submit]").ClickAsync();
        var sessionId = await WaitAsync(() => host.WithDbAsync(d => d.Sessions.Select(s => (Guid?)s.Id).FirstOrDefaultAsync()));

        await secretariat.Page.GotoAsync("/delegations");
        await secretariat.Page.GetByTestId("focal-point-KAZ").ClickAsync();
        var focalForm = secretariat.Page.GetByTestId("focal-point-form-KAZ");
        await focalForm.Locator("input[name=displayName]").FillAsync("Askar Nurlanov");
        await focalForm.Locator("input[name=email]").FillAsync("head@kaz.example");
        await focalForm.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(secretariat.Page.GetByTestId("delegation-KAZ")).ToContainTextAsync("Askar Nurlanov");
        await secretariat.ScreenshotAsync("delegations");

        await using var focal = await OpenAsync(host, "setup-focal-point");
        await focal.Page.GotoAsync(await OutboxLinkAsync(secretariat, "head@kaz.example"));
        await SetPasswordAsync(focal);
        await focal.Page.GotoAsync("/my-delegation");
        var nominate = focal.Page.GetByTestId("nominate-form");
        await nominate.Locator("input[name=displayName]").FillAsync("Aigerim Sadykova");
        await nominate.Locator("input[name=email]").FillAsync("alternate@kaz.example");
        await nominate.Locator("select[name=role]").SelectOptionAsync("Alternate");
        await nominate.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(focal.Page.GetByTestId("my-nomination-alternate@kaz.example")).ToContainTextAsync("Pending");
        await focal.ScreenshotAsync("my-delegation");

        await secretariat.Page.GotoAsync("/participants");
        await secretariat.ScreenshotAsync("participants-pending");
        await secretariat.Page.GetByTestId("approve-alternate@kaz.example").ClickAsync();
        await Assertions.Expect(secretariat.Page.GetByTestId("participant-alternate@kaz.example")).ToContainTextAsync("Invited");
        await secretariat.ScreenshotAsync("participants");

        // An approved participant may also chair or moderate: the agenda then offers them as a panel's moderator.
        var approvedRow = secretariat.Page.GetByTestId("participant-alternate@kaz.example");
        var mayChair = approvedRow.GetByRole(AriaRole.Button, new() { Name = "May chair" });
        Assert.Contains("moderator of a panel", await mayChair.GetAttributeAsync("title"));
        await mayChair.ClickAsync();
        await Assertions.Expect(approvedRow).ToContainTextAsync("Can now be chosen as a chair or moderator.");
        await secretariat.Page.GotoAsync("/agenda");
        var panelForm = secretariat.Page.GetByTestId("create-form");
        var panelStart = start.AddDays(1);
        await panelForm.Locator("input[name=title]").FillAsync("Panel on transboundary waters");
        await panelForm.Locator("select[name=kind]").SelectOptionAsync("Panel");
        await panelForm.Locator("select[name=chairId]").SelectOptionAsync(new SelectOptionValue { Label = "Aigerim Sadykova" });
        await panelForm.Locator("input[name=start]").FillAsync(LocalValue(panelStart));
        await panelForm.Locator("input[name=end]").FillAsync(LocalValue(panelStart.AddHours(1)));
        await secretariat.ScreenshotAsync("agenda-panel-moderator");
        await panelForm.Locator("button[type=submit]").ClickAsync();
        var moderator = await WaitAsync(() => host.WithDbAsync(d => d.Sessions.Where(s => s.Kind == SessionKind.Panel)
            .Join(d.Users, s => s.ChairId, u => u.Id, (s, u) => u.Email).FirstOrDefaultAsync()));
        Assert.Equal("alternate@kaz.example", moderator);

        await using var alternate = await OpenAsync(host, "setup-alternate");
        await alternate.Page.GotoAsync(await OutboxLinkAsync(secretariat, "alternate@kaz.example"));
        await secretariat.ScreenshotAsync("outbox");
        await SetPasswordAsync(alternate);
        await alternate.Page.GotoAsync($"/session?id={sessionId}");
        var request = alternate.Page.GetByTestId("request-floor");
        await Assertions.Expect(request).ToBeEnabledAsync(new() { Timeout = 90_000 });
        await request.ClickAsync();
        await Assertions.Expect(alternate.Page.GetByTestId("your-place")).ToHaveAttributeAsync("data-place", "1");
        await alternate.ScreenshotAsync("session-requested");
    }

    private async Task<Person> OpenAsync(AppHost host, string name)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, TimezoneId = Zone, Locale = "en-GB",
        });
        return new Person(name, context, await context.NewPageAsync());
    }

    private static async Task<string> OutboxLinkAsync(Person secretariat, string to)
    {
        await secretariat.Page.GotoAsync("/outbox");
        var link = secretariat.Page.GetByTestId($"mail-{to}").GetByTestId("outbox-link").First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        return (await link.GetAttributeAsync("href"))!;
    }

    private static async Task SetPasswordAsync(Person person)
    {
        await person.Page.GetByTestId("new-password").FillAsync(Password);
        await person.Page.GetByTestId("repeat-password").FillAsync(Password);
        await person.ScreenshotAsync("welcome");
        await person.Page.GetByTestId("password-form").Locator("button[type=submit]").ClickAsync();
        await person.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    private static async Task<string> SetupLinkAsync(AppHost host)
    {
        var path = await WaitAsync(() => Task.FromResult(host.Logs.Lines.Select(l => SetupLink().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value));
        return path;
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> probe)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await probe() is { } value) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException("Waited 15 s in vain.");
    }

    [GeneratedRegex(@"SetupLink=\S*?(/setup\?token=[A-Za-z0-9_\-]+)")]
    private static partial Regex SetupLink();

    // Chromium writes a datetime-local value with zero seconds without them, and Playwright's fill then reports a
    // malformed value: at a whole minute the value is given without seconds (one run in sixty hit it).
    private static string LocalValue(DateTimeOffset local) =>
        local.ToString(local.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
