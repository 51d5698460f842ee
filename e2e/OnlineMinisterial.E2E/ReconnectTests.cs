using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

[Collection(BrowserTests.Name)]
public sealed class ReconnectTests(BrowserFixture fixture)
{
    private const string Domain = "onlineministerial.example";

    [Fact]
    public async Task Observer_WhoMissedChangesAndLostTheConnection_ReconnectsByItself_AndShowsTheCurrentState()
    {
        await using var observer = await fixture.OpenAsync("reconnecting-observer", timeZone: "Europe/Brussels");
        var flaky = await FlakyConnection.InstallAsync(observer.Page, "/hubs/conference");
        await observer.SignInAsync($"observer@{Domain}");
        await Assertions.Expect(observer.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(observer.Page.Locator(".delegation-grid[data-presence=ready]")).ToHaveCountAsync(1);
        var usa = observer.Page.GetByTestId("delegation-USA");
        await Assertions.Expect(usa).ToHaveAttributeAsync("data-present", "false");

        flaky.LoseMessages();
        await using var delegate_ = await fixture.OpenAsync("usa-head", timeZone: "America/New_York");
        await delegate_.SignInAsync($"usa.head@{Domain}");
        await Assertions.Expect(delegate_.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        await Assertions.Expect(usa).ToHaveAttributeAsync("data-present", "false"); // the arrival was lost on the way
        await observer.ScreenshotAsync("missed-arrival");

        await flaky.DropAsync();

        await Assertions.Expect(usa).ToHaveAttributeAsync("data-present", "true");
        await Assertions.Expect(observer.Page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected");
        Assert.True(flaky.Connections >= 2);
        await observer.ScreenshotAsync("after-reconnect");
    }
}
