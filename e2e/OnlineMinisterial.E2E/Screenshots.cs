using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>Every screen a browser test visits is saved as a PNG in e2e/screenshots, to be looked at by a person.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Locate();

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}.png"), FullPage = true });
    }

    /// <summary>Only what the screen shows without scrolling, as a person holding the device sees it first.</summary>
    public static async Task SaveViewportAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}.png") });
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OnlineMinisterial.sln")))
                return Path.Combine(dir.FullName, "e2e", "screenshots");
        return Path.Combine(AppContext.BaseDirectory, "screenshots");
    }
}
