using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>Flows run on every database provider: the same behaviour is asserted on SQLite and on PostgreSQL.</summary>
internal static class FloorScenarios
{
    /// <summary>
    /// Three delegations ask (a point of order goes first), the chair runs two speeches with a pause, a resume and
    /// an extension; every watcher receives every version, in order, each with the whole floor.
    /// </summary>
    public static async Task CoreFlowAsync(FloorWorld world)
    {
        var sessionId = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var observer = await world.JoinLiveAsync(DemoLogins.Observer);
        var kaz = await world.DelegateAsync("KAZ");
        var mex = await world.DelegateAsync("MEX");
        var usa = await world.DelegateAsync("USA");

        var kazRequest = await kaz.RequestAsync(sessionId);
        await mex.RequestAsync(sessionId);
        var pointOfOrder = await usa.PointOfOrderAsync(sessionId);
        Assert.Equal(1, pointOfOrder.Position);
        var floor = await observer.FloorAsync(sessionId);
        Assert.Equal(3, floor.Version);
        Assert.Equal(["USA", "KAZ", "MEX"], floor.Waiting.Select(w => w.Delegation.Code));
        Assert.Equal([1, 2, 3], floor.Waiting.Select(w => w.Position));
        Assert.Equal(floor.Waiting, floor.Next);
        Assert.Null(floor.Totals);

        var first = await chair.ModerateAsync("GiveFloorToNext", sessionId, floor.Version);
        Assert.Equal("USA", first.Current!.Delegation.Code);
        Assert.Null(first.Current.EndsAt);

        var second = await chair.ModerateAsync("GiveFloorToNext", sessionId, first.Version);
        Assert.Equal(kazRequest.RequestId, second.Current!.RequestId);
        Assert.Equal("Head of Delegation, Kazakhstan", second.Current.PersonName);
        Assert.Equal(second.Current.StartedAt + TimeSpan.FromMinutes(3), second.Current.EndsAt);

        var paused = await chair.ModerateAsync("PauseSpeech", sessionId, second.Version);
        Assert.NotNull(paused.Current!.PausedAt);
        Assert.InRange(paused.Current.RemainingAtPauseSeconds!.Value, 0, 180);
        var resumed = await chair.ModerateAsync("ResumeSpeech", sessionId, paused.Version);
        Assert.Null(resumed.Current!.PausedAt);
        Assert.True(resumed.Current.EndsAt >= second.Current.EndsAt);
        var extended = await chair.ModerateAsync("ExtendSpeech", sessionId, 30, resumed.Version);
        Assert.Equal(resumed.Current.EndsAt + TimeSpan.FromSeconds(30), extended.Current!.EndsAt);

        var ended = await chair.ModerateAsync("EndSpeech", sessionId, extended.Version);
        Assert.Null(ended.Current);
        Assert.Equal(["KAZ", "USA"], ended.Speeches.Select(s => s.Delegation.Code));
        Assert.Equal(["KAZ", "USA"], ended.Totals!.Select(t => t.Delegation.Code).Order());
        Assert.All(ended.Totals!, t => Assert.Equal(1, t.Count));

        var last = await observer.ChangeAsync(ended.Version);
        Assert.Equal("floor.ended", last.Change);
        Assert.Null(last.Floor.Totals);
        Assert.Equal(Enumerable.Range(1, ended.Version), observer.Changes.Received.Select(c => c.Version));
        Assert.All(observer.Changes.Received, c => Assert.Equal(c.Version, c.Floor.Version));
        Assert.NotNull((await chair.ChangeAsync(ended.Version)).Floor.Totals);

        var speeches = await observer.Participant.GetAsync<List<SpeechRecord>>($"/api/sessions/{sessionId}/speeches");
        Assert.Equal(["USA", "KAZ"], speeches!.Select(s => s.Delegation.Code));
        Assert.All(speeches!, s => Assert.True(s.EndedAt is not null && s.DurationSeconds >= 0));
        Assert.Equal(RequestKind.PointOfOrder, speeches![0].Kind);
    }

    /// <summary>Two moderators press "next speaker" on the same version at once: one transition, one explicit conflict.</summary>
    public static async Task TwoChairsAtOnceAsync(FloorWorld world)
    {
        var sessionId = world.LiveSessionId;
        var chair = await world.ChairAsync();
        var secretariat = await world.JoinLiveAsync(DemoLogins.Secretariat);
        await (await world.DelegateAsync("KAZ")).RequestAsync(sessionId);
        await (await world.DelegateAsync("MEX")).RequestAsync(sessionId);
        var shown = await chair.FloorAsync(sessionId);

        var presses = new[] { chair, secretariat }.Select(c => Attempt(() => c.ModerateAsync("GiveFloorToNext", sessionId, shown.Version))).ToList();
        var results = await Task.WhenAll(presses);

        Assert.Single(results, r => r.Snapshot is not null);
        var refused = Assert.Single(results, r => r.Error is not null).Error!;
        Assert.Equal(ErrorCodes.VersionConflict, Refused.CodeOf(refused));
        var after = await secretariat.FloorAsync(sessionId);
        Assert.Equal(shown.Version + 1, after.Version);
        Assert.Equal("KAZ", after.Current!.Delegation.Code);
        Assert.Equal(["MEX"], after.Waiting.Select(w => w.Delegation.Code));
        Assert.Empty(after.Speeches);
    }

    /// <summary>
    /// Every delegation's seat holder asks at the same moment, one of them with a point of order: each is listed once,
    /// each change has its own version, every watcher (public and chair) receives versions 1..60 exactly once and in
    /// that order although the requests are committed in groups, and the point of order raised inside the burst is first.
    /// </summary>
    public static async Task EveryDelegationAtOnceAsync(FloorWorld world)
    {
        var sessionId = world.LiveSessionId;
        var observer = await world.JoinLiveAsync(DemoLogins.Observer);
        var chair = await world.ChairAsync();
        var codes = await world.Host.WithDbAsync(db => db.Delegations.Select(d => d.Code).ToListAsync());
        Assert.Equal(60, codes.Count);
        // Signing in one after the other: password hashing is slow by design and is not what is tested here.
        var heads = new List<FloorClient>();
        foreach (var code in codes) heads.Add(await world.ConnectAsync(DemoLogins.Head(code)));
        var raiser = heads.Count / 2;
        // Sixty sign-ins take long on a busy machine: a connection that dropped meanwhile reconnects by itself; the
        // burst starts once all are up again, as a delegate's screen would send once it is back.
        await Task.WhenAll(heads.Select(h => ReconnectedAsync(h.Connection)));

        var receipts = await Task.WhenAll(heads.Select((h, i) => i == raiser ? h.PointOfOrderAsync(sessionId) : h.RequestAsync(sessionId)));

        Assert.Equal(60, receipts.Select(r => r.RequestId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 60), receipts.Select(r => r.Version).Order());
        Assert.Equal(RequestKind.PointOfOrder, receipts[raiser].Kind);
        foreach (var watcher in new[] { observer, chair })
        {
            await watcher.ChangeAsync(60);
            Assert.Equal(Enumerable.Range(1, 60), watcher.Changes.Received.Select(c => c.Version));
            // Each event is the floor at its version: one more waiting each time, the point of order first once it is in.
            Assert.Equal(Enumerable.Range(1, 60), watcher.Changes.Received.Select(c => c.Floor.Waiting.Count));
            var withPoint = watcher.Changes.Received.SkipWhile(c => c.Floor.Waiting.All(w => w.RequestId != receipts[raiser].RequestId));
            Assert.All(withPoint, c => Assert.Equal(receipts[raiser].RequestId, c.Floor.Waiting[0].RequestId));
        }
        var floor = await observer.FloorAsync(sessionId);
        Assert.Equal(60, floor.Version);
        Assert.Equal(codes.Order(), floor.Waiting.Select(w => w.Delegation.Code).Order());
        Assert.Equal(codes[raiser], floor.Waiting[0].Delegation.Code);

        var given = await chair.ModerateAsync("GiveFloorToNext", sessionId, floor.Version);
        Assert.Equal(codes[raiser], given.Current!.Delegation.Code);
        Assert.Equal(61, given.Version);
    }

    private static async Task ReconnectedAsync(Microsoft.AspNetCore.SignalR.Client.HubConnection connection)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (connection.State != Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected && DateTime.UtcNow < deadline)
            await Task.Delay(100);
    }

    private static async Task<(FloorSnapshot? Snapshot, Microsoft.AspNetCore.SignalR.HubException? Error)> Attempt(Func<Task<FloorSnapshot>> call)
    {
        try
        {
            return (await call(), null);
        }
        catch (Microsoft.AspNetCore.SignalR.HubException e)
        {
            return (null, e);
        }
    }
}
