using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>
/// Snapshots served from the node's cache of their version (ADR 0058), on one node: a change between two joins is
/// in the second, and what one viewer may see (the chair's speaking totals) never reaches another from the cache.
/// Run on SQLite (<see cref="SnapshotCacheTests"/>) and PostgreSQL (<see cref="SnapshotCachePostgres"/>).
/// </summary>
internal static class SnapshotCacheScenarios
{
    public static async Task FloorChangedBetweenTwoJoins_TheSecondJoinSeesTheChangeAsync(FloorWorld world)
    {
        var session = world.LiveSessionId;
        var first = await (await world.ConnectAsync(DemoLogins.Observer)).JoinAsync(session);
        var kaz = await world.DelegateAsync("KAZ");
        var receipt = await kaz.RequestAsync(session);

        var second = await (await world.ConnectAsync(DemoLogins.Observer)).JoinAsync(session);
        Assert.Equal(receipt.Version, second.Version);
        Assert.True(second.Version > first.Version);
        Assert.Contains(second.Waiting, w => w.RequestId == receipt.RequestId);

        await kaz.WithdrawAsync(session, receipt.RequestId);
        var third = await (await world.ConnectAsync(DemoLogins.Observer)).JoinAsync(session);
        Assert.True(third.Version > second.Version);
        Assert.DoesNotContain(third.Waiting, w => w.RequestId == receipt.RequestId);
    }

    public static async Task ChairsTotals_NeverReachADelegateFromTheCache_NorADelegatesReadTheChairAsync(FloorWorld world)
    {
        var session = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var kaz = await world.DelegateAsync("KAZ");
        var request = await kaz.RequestAsync(session);
        var given = await chair.ModerateAsync("GiveFloorToNext", session, request.Version);
        var ended = await chair.ModerateAsync("EndSpeech", session, given.Version);

        // The same version read in turn by a delegate, the chair, a delegate again and the chair again: each read
        // after the first is served from the cache, and each gets what it may see.
        var forDelegate = await kaz.FloorAsync(session);
        var forChair = await chair.FloorAsync(session);
        var forDelegateAgain = await (await world.DelegateAsync("MEX")).FloorAsync(session);
        var forChairAgain = await chair.FloorAsync(session);

        Assert.All(new[] { forDelegate, forChair, forDelegateAgain, forChairAgain }, s => Assert.Equal(ended.Version, s.Version));
        Assert.Null(forDelegate.Totals);
        Assert.Null(forDelegateAgain.Totals);
        Assert.Equal("KAZ", Assert.Single(forChair.Totals!).Delegation.Code);
        Assert.Equal("KAZ", Assert.Single(forChairAgain.Totals!).Delegation.Code);
    }

    public static async Task PresenceChangedBetweenTwoReads_TheSecondCountsTheArrivalAsync(FloorWorld world)
    {
        var mex = await world.DelegationIdAsync("MEX");
        await using var observer = await world.Host.SignInAsync(DemoLogins.Observer);
        var watch = await observer.ConnectAsync();
        var before = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.False(before.Delegations.Single(d => d.DelegationId == mex).Present);
        Assert.Equal(before.Version, (await watch.InvokeAsync<PresenceSnapshot>("GetPresence")).Version);

        await using var head = await world.Host.SignInAsync(DemoLogins.Head("MEX"));
        var arrived = await head.ConnectAsync();   // returns once the arrival is written

        var after = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
        Assert.True(after.Version > before.Version);
        Assert.True(after.Delegations.Single(d => d.DelegationId == mex).Present);
        Assert.Contains(after.People, p => p.DelegationId == mex);

        await arrived.StopAsync();
        var gone = await WaitForAsync(watch, s => !s.Delegations.Single(d => d.DelegationId == mex).Present);
        Assert.True(gone.Version > after.Version);
        Assert.DoesNotContain(gone.People, p => p.DelegationId == mex);
    }

    // A departure is written by the node's next flush, after the connection has closed.
    private static async Task<PresenceSnapshot> WaitForAsync(HubConnection watch, Func<PresenceSnapshot, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var snapshot = await watch.InvokeAsync<PresenceSnapshot>("GetPresence");
            if (done(snapshot) || attempt == 200) return snapshot;
            await Task.Delay(50);
        }
    }
}
