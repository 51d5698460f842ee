using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>
/// The text frames a page's conference-hub WebSocket receives (the browser's SignalR speaks JSON), so a test can wait
/// for an event to reach the page instead of waiting a fixed time.
/// </summary>
internal sealed class HubFrames
{
    private readonly IPage _page;
    private readonly List<string> _frames = [];
    private IWebSocket? _current;

    private HubFrames(IPage page) => _page = page;

    /// <summary>Watches every conference-hub socket the page opens from now on; call it before the page navigates.</summary>
    public static HubFrames Watch(IPage page)
    {
        var frames = new HubFrames(page);
        // A new document drops the last one's socket before it closes; the new document opens its own after this.
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame) lock (frames._frames) frames._current = null;
        };
        page.WebSocket += (_, socket) =>
        {
            if (!socket.Url.Contains("/hubs/conference", StringComparison.Ordinal)) return;
            lock (frames._frames) frames._current = socket;
            socket.FrameReceived += (_, frame) =>
            {
                if (frame.Text is { } text) lock (frames._frames) frames._frames.Add(text);
            };
        };
        return frames;
    }

    /// <summary>Whether the document shown now holds an open conference-hub socket.</summary>
    public bool Connected
    {
        get { lock (_frames) return _current is { IsClosed: false }; }
    }

    public int Count
    {
        get { lock (_frames) return _frames.Count; }
    }

    /// <summary>Waits until a frame received after the first <paramref name="after"/> ones holds every one of the texts.</summary>
    public async Task WaitForAsync(int after, params string[] texts)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            lock (_frames)
                if (_frames.Skip(after).Any(f => texts.All(t => f.Contains(t, StringComparison.Ordinal)))) break;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No frame at {_page.Url} with {string.Join(", ", texts)}; {Count - after} other(s) received");
            await Task.Delay(50);
        }
        // Console messages the page logged while handling the frame reach the test before this round trip returns.
        await _page.EvaluateAsync("() => new Promise(r => setTimeout(r, 0))");
    }
}
