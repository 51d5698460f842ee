using Microsoft.Playwright;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.E2E;

/// <summary>
/// The real app on Kestrel at a loopback port over a throwaway SQLite database, and Debian's Chromium driven by
/// Playwright. Each test opens its own browser contexts (one per person).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "ONLINEMINISTERIAL_CHROMIUM";

    private TestDatabase _db = null!;
    private IPlaywright _playwright = null!;

    public AppHost Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        // Transitions run in this host (sessions open, reminders one minute ahead), as the schedule tests need.
        Host = new AppHost(_db, new Dictionary<string, string?> { ["Scheduling:RunServer"] = "true", ["Scheduling:ReminderMinutes"] = "1" }, kestrel: true);
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium not found at {chromium}. Run the tests with scripts/test.sh, which installs it.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Host.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies) at a laptop's size, in the given time zone.</summary>
    public async Task<Person> OpenAsync(string name, string timeZone = "Asia/Almaty", int width = 1366, int height = 768, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = timeZone,
            Locale = locale,
        });
        return new Person(name, context, await context.NewPageAsync());
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
