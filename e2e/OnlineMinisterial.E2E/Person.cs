using Microsoft.Playwright;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.E2E;

/// <summary>One person at their own browser: signs in through the real sign-in page and saves screenshots of what they see.</summary>
public sealed class Person(string name, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async Task SignInAsync(string email, string password = AppHost.DemoPassword)
    {
        await Page.GotoAsync("/signin");
        await Page.FillAsync("#email", email);
        await Page.FillAsync("#password", password);
        await Screenshots.SaveAsync(Page, $"{name}-signin");
        await Page.ClickAsync("button[type=submit]");
        await Page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    public Task ScreenshotAsync(string step) => Screenshots.SaveAsync(Page, $"{name}-{step}");

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
