using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Media;

namespace OnlineMinisterial.E2E;

/// <summary>
/// Audio and video through the real Janus the test command starts: Chromium's fake camera and microphone, three
/// people (the chair, Kazakhstan, the United States). The floor decides who is seen and heard, and Janus enforces it.
/// </summary>
public sealed class MediaTests : IAsyncLifetime
{
    private const string Domain = "onlineministerial.example";
    private const int Unauthorized = 433;

    private TestDatabase _db = null!;
    private AppHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        _host = new AppHost(_db, TestJanus.Settings(), kestrel: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(BrowserFixture.ChromiumVariable) is { Length: > 0 } c ? c : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--autoplay-policy=no-user-gesture-required"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<Person> OpenAsync(string name)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-GB",
            Permissions = ["camera", "microphone"],
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => _console.Add($"{name} {message.Type}: {message.Text}");
        return new Person(name, context, page);
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<string> _console = [];

    [Fact]
    public async Task TheFloorIsTheMicrophone_KazakhstanSeenAndHeardUntilTheFloorMovesOn_ThenJanusRefusesIt()
    {
        var sessionId = await _host.WithDbAsync(db => db.Sessions.OrderBy(s => s.Ordinal).Select(s => s.Id).FirstAsync());
        await using var chair = await OpenAsync("media-chair");
        await using var kaz = await OpenAsync("media-kazakhstan");
        await using var usa = await OpenAsync("media-usa");
        await chair.SignInAsync($"chair@{Domain}");
        await kaz.SignInAsync($"kaz.head@{Domain}");
        await usa.SignInAsync($"usa.head@{Domain}");
        await chair.Page.GotoAsync($"/chair?id={sessionId}");
        // The chair may always publish: they start camera and microphone on the console and appear in a corner.
        await chair.Page.GetByTestId("media-start").ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(chair.Page.GetByTestId("media-live")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        foreach (var person in new[] { kaz, usa })
        {
            await person.Page.GotoAsync($"/session?id={sessionId}");
            await Assertions.Expect(person.Page.Locator("[data-floor=media]")).ToHaveAttributeAsync("data-media", "up");
        }

        await kaz.Page.GetByTestId("request-floor").ClickAsync();
        await Assertions.Expect(chair.Page.GetByTestId("request-KAZ-Statement")).ToBeVisibleAsync();
        await usa.Page.GetByTestId("request-floor").ClickAsync();
        await Assertions.Expect(chair.Page.GetByTestId("request-USA-Statement")).ToBeVisibleAsync();
        await chair.Page.GetByTestId("give-next").ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-delegation", "KAZ");

        // Kazakhstan is asked to start its camera and microphone, starts them, and sees that it is live.
        await Assertions.Expect(kaz.Page.GetByTestId("media-start")).ToBeVisibleAsync();
        await kaz.ScreenshotAsync("asked-to-start");
        await kaz.Page.GetByTestId("media-start").ClickAsync();
        await Assertions.Expect(kaz.Page.GetByTestId("media-live")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var given = JsonNode.Parse(await kaz.Page.EvaluateAsync<string>("() => JSON.stringify(window.omMedia.join())"))!;
        var kazFeed = given["publish"]!["feed"]!.GetValue<long>();

        // The United States receives Kazakhstan's video and audio: the element plays, and bytes keep arriving.
        try
        {
            await usa.Page.WaitForFunctionAsync(
                "() => { const v = document.querySelector('[data-testid=speaker-video]'); return v.readyState >= 2 && v.currentTime > 0.5; }",
                null, new() { Timeout = 45_000 });
        }
        catch (TimeoutException)
        {
            await usa.ScreenshotAsync("not-playing");
            await kaz.ScreenshotAsync("not-received");
            throw new TimeoutException("The speaker's video did not play at the US page. Console:\n" + string.Join("\n", _console));
        }
        Assert.True(await BytesGrowAsync(usa), "audio and video bytes kept arriving at the US page");
        Assert.Contains(kazFeed, await PublishersAsync(sessionId));
        await kaz.ScreenshotAsync("live");

        // Pausing the speech mutes Kazakhstan at Janus (its page hears it from Janus), resuming unmutes it.
        var kazMedia = kaz.Page.Locator("[data-floor=media]");
        await chair.Page.GetByTestId("pause").ClickAsync();
        await Assertions.Expect(kazMedia).ToHaveAttributeAsync("data-moderated", "muted", new() { Timeout = 10_000 });
        await kaz.ScreenshotAsync("paused-muted");
        await chair.Page.GetByTestId("resume").ClickAsync();
        await Assertions.Expect(kazMedia).ToHaveAttributeAsync("data-moderated", "unmuted", new() { Timeout = 10_000 });
        await usa.ScreenshotAsync("watching-kazakhstan");

        // The floor moves on to the United States: Janus drops Kazakhstan, and the US page no longer receives it.
        await chair.Page.GetByTestId("give-next").ClickAsync();
        await Assertions.Expect(usa.Page.GetByTestId("current-speaker")).ToHaveAttributeAsync("data-delegation", "USA");
        Assert.True(await TestJanus.EventuallyAsync(async () => !(await PublishersAsync(sessionId)).Contains(kazFeed), TimeSpan.FromSeconds(3)));
        await usa.Page.WaitForFunctionAsync($"() => !window.omMedia.watchedFeeds().includes({kazFeed})");
        await Assertions.Expect(kaz.Page.GetByTestId("media-live")).ToHaveCountAsync(0);
        await Assertions.Expect(usa.Page.GetByTestId("media-start")).ToBeVisibleAsync();
        await usa.ScreenshotAsync("given-the-floor");
        await chair.ScreenshotAsync("console");

        // A script in Kazakhstan's page that tries to publish again with the token it had is refused by Janus.
        var code = await kaz.Page.EvaluateAsync<int>(@"async (text) => {
            const given = JSON.parse(text);
            const { connectJanus } = await import('/js/media/janus.js');
            const janus = await connectJanus(given.url, window.omMedia.join().token);
            const handle = await janus.attach();
            try {
              await handle.ask({ request: 'join', ptype: 'publisher', room: given.room, pin: given.pin, id: given.publish.feed, token: given.publish.token });
              return 0;
            } catch (error) { return error.code ?? -1; } finally { janus.close(); }
        }", given.ToJsonString());
        Assert.Equal(Unauthorized, code);
        await kaz.ScreenshotAsync("after-the-floor");
    }

    /// <summary>Audio and video bytes received grow between two readings (a subscription renewed meanwhile starts over).</summary>
    private static async Task<bool> BytesGrowAsync(Person person)
    {
        var before = await InboundAsync(person);
        for (var i = 0; i < 20; i++)
        {
            await person.Page.WaitForTimeoutAsync(750);
            var now = await InboundAsync(person);
            if (before.Audio > 0 && before.Video > 0 && now.Audio > before.Audio && now.Video > before.Video) return true;
            if (now.Audio < before.Audio || before.Audio == 0) before = now;
        }
        return false;
    }

    private static async Task<(long Audio, long Video)> InboundAsync(Person person)
    {
        var bytes = await person.Page.EvaluateAsync<JsonElement>("() => window.omMedia.inboundBytes()");
        return (bytes.GetProperty("audio").GetInt64(), bytes.GetProperty("video").GetInt64());
    }

    /// <summary>The feeds Janus lists as publishing in the session's room, read with the API secret.</summary>
    private async Task<IReadOnlyList<long>> PublishersAsync(Guid sessionId)
    {
        await using var admin = await TestJanus.Admin();
        var room = _host.Services.GetRequiredService<MediaKeys>().RoomId(sessionId);
        var reply = await admin.RequestAsync(new JsonObject { ["request"] = "listparticipants", ["room"] = room });
        return reply["participants"] is JsonArray list
            ? [.. list.Where(p => p!["publisher"]?.GetValue<bool>() == true).Select(p => p!["id"]!.GetValue<long>())]
            : [];
    }
}
