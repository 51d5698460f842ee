using System.Net;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.ScaleOut;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Scaled out (PostgreSQL, Redis): signing out on one node closes the person's connection on the other within seconds.</summary>
public sealed class SessionEndTwoNodesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost _nodeA = null!;
    private AppHost _nodeB = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.PostgresAsync();
        var settings = new Dictionary<string, string?> { ["Realtime:Redis"] = TestRedis.ConnectionString };
        _nodeA = new AppHost(_db, settings);
        _ = _nodeA.Server;
        _nodeB = new AppHost(_db, settings);
        _ = _nodeB.Server;
    }

    public async Task DisposeAsync()
    {
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task SignOutOnOneNode_ClosesTheConnectionOnTheOther_AndTheCookieStopsThere()
    {
        await using var onA = await _nodeA.SignInAsync(DemoLogins.Head("KAZ"));
        await using var onB = await _nodeB.SignInAsync(DemoLogins.Head("KAZ"));   // a second device, served by node B
        var cookieB = onB.CookieHeader();
        var connection = await onB.ConnectAsync("/hubs/conference");
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        Assert.Equal(HttpStatusCode.NoContent, (await onA.PostAsync("/api/auth/signout")).StatusCode);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookieB);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _nodeB.CreateClient().SendAsync(request)).StatusCode);
    }
}
