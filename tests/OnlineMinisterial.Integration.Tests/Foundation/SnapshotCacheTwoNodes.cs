using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>
/// Floor and presence snapshots are served from a cache of their version (ADR 0058), on two nodes of one
/// PostgreSQL database with no backplane between them: a change made on the other node, which this node's cache
/// never heard of, is in the next snapshot all the same, and so is one made before this node (re)started.
/// </summary>
public sealed class SnapshotCacheTwoNodes : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost _nodeA = null!;
    private AppHost _nodeB = null!;
    private Guid _live;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.PostgresAsync();
        _nodeA = new AppHost(_db);
        _live = await _nodeA.WithDbAsync(d => d.Sessions.Where(s => s.State == SessionState.Live).Select(s => s.Id).SingleAsync());
        _nodeB = new AppHost(_db);
        _ = _nodeB.Server;
    }

    public async Task DisposeAsync()
    {
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task FloorSnapshot_AfterAChangeOnTheOtherNode_IsTheNewVersion_AndAnUnchangedOneIsServedAgain()
    {
        await using var observer = await _nodeB.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync(FloorClient.HubPath);
        var first = await watch.InvokeAsync<FloorSnapshot>("JoinSession", _live);
        var again = await watch.InvokeAsync<FloorSnapshot>("GetFloor", _live);   // same version: from node B's cache
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.Waiting.Select(w => w.RequestId), again.Waiting.Select(w => w.RequestId));

        await using var head = await _nodeA.SignInAsync(DemoLogins.Head("KAZ"));
        var delegate_ = await head.ConnectAsync(FloorClient.HubPath);
        var receipt = await delegate_.InvokeAsync<FloorReceipt>("RequestFloor", _live, RequestKind.Statement, false, "en", null, Guid.NewGuid().ToString());

        var after = await watch.InvokeAsync<FloorSnapshot>("GetFloor", _live);
        Assert.Equal(receipt.Version, after.Version);
        Assert.Contains(after.Waiting, w => w.RequestId == receipt.RequestId);

        await delegate_.InvokeAsync<FloorReceipt>("Withdraw", _live, receipt.RequestId);
        var withdrawn = await watch.InvokeAsync<FloorSnapshot>("GetFloor", _live);
        Assert.True(withdrawn.Version > after.Version);
        Assert.DoesNotContain(withdrawn.Waiting, w => w.RequestId == receipt.RequestId);
    }

    [Fact]
    public async Task PresenceSnapshot_AfterAnArrivalOnTheOtherNode_CountsIt()
    {
        var kaz = await _nodeA.WithDbAsync(d => d.Delegations.Where(x => x.Code == "KAZ").Select(x => x.Id).SingleAsync());
        await using var observer = await _nodeB.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync();
        var before = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.False(before.Delegations.Single(d => d.DelegationId == kaz).Present);
        Assert.Equal(before.Version, (await watch.InvokeAsync<PresenceSnapshot>("GetPresence")).Version);

        await using var head = await _nodeA.SignInAsync(DemoLogins.Head("KAZ"));
        await head.ConnectAsync();   // returns once node A has written the arrival

        var after = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.True(after.Version > before.Version);
        Assert.True(after.Delegations.Single(d => d.DelegationId == kaz).Present);
        Assert.Contains(after.People, p => p.DelegationId == kaz);
    }

    [Fact]
    public async Task FloorSnapshot_OfANodeStartedAfterAChange_IsTheNewVersion()
    {
        await using (var head = await _nodeA.SignInAsync(DemoLogins.Head("MEX")))
        {
            var d = await head.ConnectAsync(FloorClient.HubPath);
            await d.InvokeAsync<FloorReceipt>("RequestFloor", _live, RequestKind.Statement, false, "en", null, Guid.NewGuid().ToString());
        }
        var version = await _nodeA.WithDbAsync(db => db.SpeakerLists.Where(x => x.SessionId == _live).Select(x => x.Version).SingleAsync());

        await using var restarted = new AppHost(_db);
        await using var observer = await restarted.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync(FloorClient.HubPath);
        Assert.Equal(version, (await watch.InvokeAsync<FloorSnapshot>("JoinSession", _live)).Version);
    }
}
