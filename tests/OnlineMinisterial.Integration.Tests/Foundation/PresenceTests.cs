using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Foundation;

public sealed class PresenceTests : HostPerTest
{
    private async Task<Guid> DelegationIdAsync(string code) =>
        await Host.WithDbAsync(db => db.Delegations.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task TwoDelegatesConnect_ObserverSeesBothPresent_ThenOneAbsentOnDisconnect()
    {
        var kaz = await DelegationIdAsync("KAZ");
        var mex = await DelegationIdAsync("MEX");
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync();
        var events = new EventRecorder<PresenceChanged>(watch, nameof(IConferenceClient.PresenceChanged));
        var before = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.False(before.Delegations.Single(d => d.DelegationId == kaz).Present);

        await using var kazHead = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        await using var mexHead = await Host.SignInAsync(DemoLogins.Head("MEX"));
        var kazConnection = await kazHead.ConnectAsync();
        await mexHead.ConnectAsync();

        await events.WaitForAsync(e => e.DelegationId == kaz && e.DelegationPresent);
        await events.WaitForAsync(e => e.DelegationId == mex && e.DelegationPresent);

        await kazConnection.StopAsync();
        var gone = await events.WaitForAsync(e => e.DelegationId == kaz && !e.PersonPresent);
        Assert.False(gone.DelegationPresent);
        Assert.Equal(0, gone.DelegationPresentCount);

        var after = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.False(after.Delegations.Single(d => d.DelegationId == kaz).Present);
        Assert.True(after.Delegations.Single(d => d.DelegationId == mex).Present);
        Assert.Equal(events.Received.Max(e => e.Version), after.Version);
    }

    [Fact]
    public async Task Events_CarryConsecutiveVersions_FromTheSnapshotVersion()
    {
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync();
        var events = new EventRecorder<PresenceChanged>(watch, nameof(IConferenceClient.PresenceChanged));
        var snapshot = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");

        await using var a = await Host.SignInAsync(DemoLogins.Head("USA"));
        await using var b = await Host.SignInAsync(DemoLogins.Head("CAN"));
        await a.ConnectAsync();
        await b.ConnectAsync();
        await events.WaitForAsync(e => e.Version == snapshot.Version + 2);

        // The observer's own arrival may be delivered too; it is at or before the snapshot's version.
        Assert.Equal([snapshot.Version + 1, snapshot.Version + 2], events.Received.Select(e => e.Version).Where(v => v > snapshot.Version).Order());
    }

    [Fact]
    public async Task SecondConnectionOfSamePerson_DoesNotAnnounceAgain_AndPersonStaysUntilLastCloses()
    {
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync();
        var events = new EventRecorder<PresenceChanged>(watch, nameof(IConferenceClient.PresenceChanged));

        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var first = await kaz.ConnectAsync();
        var second = await kaz.ConnectAsync();
        await events.WaitForAsync(e => e.PersonPresent && e.DelegationPresentCount == 1);
        await first.StopAsync();
        var snapshot = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.Contains(snapshot.People, p => p.DisplayName.Contains("Kazakhstan", StringComparison.Ordinal));

        await second.StopAsync();
        await events.WaitForAsync(e => !e.PersonPresent);
        Assert.Equal(2, events.Received.Count(e => e.DisplayName.Contains("Kazakhstan", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MessagePackClient_ReceivesSnapshotAndEvents()
    {
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync(messagePack: true);
        var events = new EventRecorder<PresenceChanged>(watch, nameof(IConferenceClient.PresenceChanged));
        var snapshot = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.Equal(60, snapshot.Delegations.Count);

        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        await kaz.ConnectAsync(messagePack: true, transports: HttpTransportType.LongPolling);
        var kazId = await DelegationIdAsync("KAZ");
        var arrived = await events.WaitForAsync(e => e.PersonPresent && e.DelegationId == kazId);
        Assert.True(arrived.DelegationPresent);
        Assert.Equal(1, arrived.DelegationPresentCount);
    }

    [Fact]
    public async Task UnauthenticatedConnection_IsRefused()
    {
        await using var anonymous = Host.Anonymous();
        var connection = anonymous.BuildConnection();
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task ConnectionFromForeignOrigin_IsRefused_OwnOriginIsAccepted()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var hostile = kaz.BuildConnection(origin: "https://evil.example", transports: HttpTransportType.LongPolling);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => hostile.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);

        var own = kaz.BuildConnection(origin: Host.BaseAddress.GetLeftPart(UriPartial.Authority), transports: HttpTransportType.LongPolling);
        await own.StartAsync();
        Assert.Equal(HubConnectionState.Connected, own.State);
        await own.DisposeAsync();
    }

    [Fact]
    public async Task ConnectionsOfAStoppedNode_AreSwept_AndEveryoneIsTold()
    {
        var kaz = await DelegationIdAsync("KAZ");
        var head = await Host.WithDbAsync(db => db.Users.Where(u => u.DelegationId == kaz).Select(u => u.Id).FirstAsync());
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync();
        var events = new EventRecorder<PresenceChanged>(watch, nameof(IConferenceClient.PresenceChanged));
        await Host.WithDbAsync(async db =>
        {
            db.PresenceConnections.Add(new PresenceConnection { ConnectionId = "crashed-1", PersonId = head, DelegationId = kaz, NodeId = "crashed-node", ConnectedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PresenceTracker>().SweepAsync(DateTimeOffset.UtcNow.AddSeconds(-30));

        var gone = await events.WaitForAsync(e => e.PersonId == head && !e.PersonPresent);
        Assert.False(gone.DelegationPresent);
        Assert.False(await Host.WithDbAsync(db => db.PresenceConnections.AnyAsync(c => c.NodeId == "crashed-node")));
    }
}
