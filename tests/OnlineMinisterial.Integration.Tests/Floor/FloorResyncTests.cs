using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Integration.Tests.Foundation;

namespace OnlineMinisterial.Integration.Tests.Floor;

public sealed class FloorResyncTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ClientThatMissedThreeChanges_RejoinsOnANewConnection_AndShowsTheCurrentVersion()
    {
        var sessionId = _world.LiveSessionId;
        var watcher = await _world.JoinLiveAsync(DemoLogins.Observer);
        var chair = await _world.ChairAsync();
        var kaz = await _world.DelegateAsync("KAZ");
        await kaz.RequestAsync(sessionId);
        await watcher.ChangeAsync(1);
        await watcher.Connection.StopAsync();

        await (await _world.DelegateAsync("MEX")).RequestAsync(sessionId);
        var given = await chair.ModerateAsync("GiveFloorToNext", sessionId, 2);
        await chair.ModerateAsync("CloseList", sessionId, given.Version);

        var back = await _world.ConnectAsync(DemoLogins.Observer);
        var snapshot = await back.JoinAsync(sessionId);
        Assert.Equal(4, snapshot.Version);
        Assert.True(snapshot.IsClosed);
        Assert.Equal("KAZ", snapshot.Current!.Delegation.Code);
        Assert.Equal(["MEX"], snapshot.Waiting.Select(w => w.Delegation.Code));

        await chair.ModerateAsync("ReopenList", sessionId, snapshot.Version);
        Assert.False((await back.ChangeAsync(5)).Floor.IsClosed);
    }

    [Fact]
    public async Task SnapshotCarriesServerTime_ForClocksToCorrectTheirOffset()
    {
        var before = DateTimeOffset.UtcNow;
        var client = await _world.JoinLiveAsync(DemoLogins.Observer);
        var snapshot = await client.FloorAsync(_world.LiveSessionId);
        Assert.InRange(snapshot.ServerTime, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(0, snapshot.Version);
        Assert.Null(snapshot.Current);
        Assert.Equal(180, snapshot.Limits.StatementSeconds);
        Assert.Null(snapshot.Limits.PointOfOrderSeconds);
    }

    [Fact]
    public async Task ChairsGetTotalsInSnapshotsAndEvents_OthersDoNot()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var secretariat = await _world.JoinLiveAsync(DemoLogins.Secretariat);
        var kaz = await _world.DelegateAsync("KAZ");
        Assert.NotNull((await chair.FloorAsync(sessionId)).Totals);
        Assert.Null((await kaz.FloorAsync(sessionId)).Totals);

        await kaz.RequestAsync(sessionId);
        Assert.NotNull((await chair.ChangeAsync(1)).Floor.Totals);
        Assert.NotNull((await secretariat.ChangeAsync(1)).Floor.Totals);
        Assert.Null((await kaz.ChangeAsync(1)).Floor.Totals);
        Assert.Single(chair.Changes.Received);
    }

    [Fact]
    public async Task LeaveSession_StopsTheEvents()
    {
        var sessionId = _world.LiveSessionId;
        var watcher = await _world.JoinLiveAsync(DemoLogins.Observer);
        var kaz = await _world.DelegateAsync("KAZ");
        await watcher.Connection.InvokeAsync("LeaveSession", sessionId);

        await kaz.RequestAsync(sessionId);
        await kaz.ChangeAsync(1);
        // A round trip on the watcher's connection: an event sent to it before would have arrived first.
        await watcher.FloorAsync(sessionId);
        Assert.Empty(watcher.Changes.Received);
    }

    [Fact]
    public async Task MessagePackClient_JoinsAndReceivesTheSameChanges()
    {
        var sessionId = _world.LiveSessionId;
        var participant = await _world.Host.SignInAsync(DemoLogins.Observer);
        await using var _ = participant;
        var connection = await participant.ConnectAsync(FloorClient.HubPath, messagePack: true);
        var watcher = new FloorClient(participant, connection);
        Assert.Equal(0, (await watcher.JoinAsync(sessionId)).Version);

        var request = await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId, onBehalfOfGroup: true);

        var change = await watcher.ChangeAsync(request.Version);
        Assert.Equal("floor.requested", change.Change);
        var waiting = Assert.Single(change.Floor.Waiting);
        Assert.Equal("KAZ", waiting.Delegation.Code);
        Assert.True(waiting.OnBehalfOfGroup);
        Assert.Equal(300, change.Floor.Limits.GroupStatementSeconds);
    }
}
