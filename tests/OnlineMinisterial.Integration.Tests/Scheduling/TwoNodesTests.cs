using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.ScaleOut;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>Two nodes on one PostgreSQL database (Hangfire storage there too) with the Redis backplane: both race to run each transition.</summary>
[Collection(HangfireServers.Name)]
public sealed class TwoNodesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost _nodeA = null!;
    private AppHost _nodeB = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.PostgresAsync();
        var settings = HangfireServers.Settings();
        settings["Realtime:Redis"] = TestRedis.ConnectionString;
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
    public async Task ASessionDueWhileTwoNodesRun_OpensOnce_AndEachNodesClientsHearItOnce()
    {
        await using var onA = await _nodeA.SignInAsync(DemoLogins.Observer);
        var heardOnA = new EventRecorder<SessionChanged>(await onA.ConnectAsync(), nameof(IConferenceClient.SessionChanged));
        await using var onB = await _nodeB.SignInAsync(DemoLogins.Head("KAZ"));
        var heardOnB = new EventRecorder<SessionChanged>(await onB.ConnectAsync(), nameof(IConferenceClient.SessionChanged));
        await using var secretariat = await _nodeA.SignInAsync(DemoLogins.Secretariat);
        // Node B learns of it from the database (its timer sweeps, its Hangfire server polls); node A at once.
        var session = await Agenda.CreateAsync(secretariat, "Two nodes, one opening", Agenda.SecondsAhead(12), TimeSpan.FromMinutes(30));

        await heardOnA.WaitForAsync(c => c.SessionId == session.Id && c.State == SessionState.Live, TimeSpan.FromSeconds(40));
        await heardOnB.WaitForAsync(c => c.SessionId == session.Id && c.State == SessionState.Live, TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(4)); // every timer and Hangfire job of both nodes has had its go

        Assert.Single(heardOnA.Received, c => c.SessionId == session.Id && c.State == SessionState.Live);
        Assert.Single(heardOnB.Received, c => c.SessionId == session.Id && c.State == SessionState.Live);
        var open = (await Agenda.TransitionsAsync(_nodeA, session.Id)).Single(t => t.Kind == TransitionKind.OpenSession);
        Assert.Equal(TransitionState.Done, open.State);
        Assert.Equal(1, await Agenda.AuditCountAsync(_nodeA, "session.opened", session.Id));
        Assert.Equal(1, await Agenda.AuditCountAsync(_nodeA, "transition.executed", open.Id));
    }
}
