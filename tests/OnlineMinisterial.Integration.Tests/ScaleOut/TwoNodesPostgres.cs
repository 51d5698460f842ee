using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.ScaleOut;

/// <summary>Two app nodes on one PostgreSQL database with the Redis backplane, as in a scaled-out deployment.</summary>
public sealed class TwoNodesPostgres : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost _nodeA = null!;
    private AppHost _nodeB = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.PostgresAsync();
        var settings = new Dictionary<string, string?> { ["Realtime:Redis"] = TestRedis.ConnectionString };
        _nodeA = new AppHost(_db, settings);
        _ = _nodeA.Server; // the first node migrates and seeds; the second finds it done
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
    public async Task ADelegateArrivingOnOneNode_IsSeenPresentByAnObserverOnTheOther()
    {
        await using var observer = await _nodeB.SignInAsync(DemoLoginsForScaleOut.Observer);
        var watch = await observer.ConnectAsync();
        var events = new EventRecorder<PresenceChanged>(watch, nameof(IConferenceClient.PresenceChanged));
        var kaz = await _nodeA.WithDbAsync(db => db.Delegations.Where(d => d.Code == "KAZ").Select(d => d.Id).SingleAsync());

        // Signed in on node A, the cookie is read by node B too: data-protection keys live in the shared database.
        await using var head = await _nodeA.SignInAsync(DemoLoginsForScaleOut.KazHead);
        await head.ConnectAsync();

        var arrived = await events.WaitForAsync(e => e.DelegationId == kaz && e.PersonPresent);
        var snapshot = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.True(snapshot.Delegations.Single(d => d.DelegationId == kaz).Present);
        Assert.True(snapshot.Version >= arrived.Version);
    }

    [Fact]
    public async Task ACookieIssuedByOneNode_IsAcceptedByTheOther()
    {
        await using var head = await _nodeA.SignInAsync(DemoLoginsForScaleOut.KazHead);
        var cookie = head.CookieHeader();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        var response = await _nodeB.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_ChecksTheDatabaseAndRedis()
    {
        var response = await _nodeA.Anonymous().Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

internal static class DemoLoginsForScaleOut
{
    public const string Observer = "observer@onlineministerial.example";
    public const string KazHead = "kaz.head@onlineministerial.example";
}
