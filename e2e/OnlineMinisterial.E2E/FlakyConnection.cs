using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>
/// Stands between a page and a hub's WebSocket, so a test can lose server messages on the way (as SignalR does
/// while a Redis backplane is away) and drop the connection (as a venue's Wi-Fi does).
/// </summary>
public sealed class FlakyConnection
{
    private IWebSocketRoute? _page;
    private volatile bool _losing;

    public int Connections { get; private set; }

    public static async Task<FlakyConnection> InstallAsync(IPage page, string hubPath)
    {
        var flaky = new FlakyConnection();
        await page.RouteWebSocketAsync(url => url.Contains(hubPath, StringComparison.Ordinal), flaky.Route);
        return flaky;
    }

    private void Route(IWebSocketRoute page)
    {
        _page = page;
        _losing = false;
        Connections++;
        var server = page.ConnectToServer();
        server.OnMessage(frame =>
        {
            if (_losing) return;
            if (frame.Text is { } text) page.Send(text);
            else if (frame.Binary is { } binary) page.Send(binary);
        });
    }

    /// <summary>From now on, messages from the server never reach the page.</summary>
    public void LoseMessages() => _losing = true;

    /// <summary>Closes the page's socket as a network failure would; the page's client must reconnect by itself.</summary>
    public Task DropAsync() =>
        _page?.CloseAsync(new WebSocketRouteCloseOptions { Code = 1006, Reason = "network lost" }) ?? Task.CompletedTask;
}
