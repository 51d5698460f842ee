using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Integration.Tests.Database;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>
/// Floor requests that arrive together are applied in one transaction and saved once (ADR 0064). The floor's group is
/// held here by a command that waits, as a slow first transaction would hold it, so that the requests sent meanwhile
/// arrive together and run as the next group: a retry with its key, and a new key while the request is open, must
/// still answer with the first request, though none of the group's rows is in the table yet.
/// </summary>
public abstract class FloorGroupTests(DatabaseProvider provider) : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync(provider, settings: new Dictionary<string, string?>([SavesLogged.Setting]));

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RequestsArrivingTogether_AreSavedOnce_ARetryInTheGroupGetsItsFirstRequest_EachChangeIsOneVersion()
    {
        var sessionId = _world.LiveSessionId;
        // A connection runs its calls one at a time: the retry and the new key come from the delegation's other devices.
        var kaz = await _world.DelegateAsync("KAZ");
        var kazTablet = await _world.DelegateAsync("KAZ");
        var kazPhone = await _world.DelegateAsync("KAZ");
        var mex = await _world.DelegateAsync("MEX");
        var watcher = await _world.DelegateAsync("USA");
        var groups = _world.Host.Services.GetRequiredService<CommandGroups>();
        var aggregate = $"floor:{sessionId}";
        var holder = await GroupHolder.HoldAsync(groups, aggregate);

        var first = kaz.RequestAsync(sessionId, key: "kaz-1");
        var retry = kazTablet.RequestAsync(sessionId, key: "kaz-1");
        var newKey = kazPhone.RequestAsync(sessionId, key: "kaz-2");
        var other = mex.RequestAsync(sessionId, key: "mex-1");
        await Agenda.EventuallyAsync(() => Task.FromResult(groups.Waiting(aggregate) == 4), TimeSpan.FromSeconds(10), "the four requests wait for the group");
        var savesBefore = Saves().Count;
        await holder.ReleaseAsync();
        var receipts = await Task.WhenAll(first, retry, newKey, other);

        Assert.Equal(receipts[0].RequestId, receipts[1].RequestId);
        Assert.Equal(receipts[0].RequestId, receipts[2].RequestId);
        Assert.NotEqual(receipts[0].RequestId, receipts[3].RequestId);
        // The group runs them in their order of arrival, which the three devices do not fix: two changes, two
        // places, each request keeping its own place whichever device asked.
        Assert.Equal([1, 2], receipts.Select(r => r.Version).Distinct().Order());
        Assert.Single(receipts.Take(3).Select(r => r.Position).Distinct());
        Assert.Equal([1, 2], new[] { receipts[0].Position, receipts[3].Position }.Order());
        await watcher.ChangeAsync(2);
        Assert.Equal([1, 2], watcher.Changes.Received.Select(c => c.Version));
        // One save for the group: two requests, three keys, two audit entries, the list and the chain's head.
        Assert.Single(Saves().Skip(savesBefore));

        var (keys, requests, verification) = await _world.Host.WithDbAsync(async db => (
            await db.FloorRequestKeys.Where(k => k.SessionId == sessionId).OrderBy(k => k.Key).Select(k => k.Key).ToListAsync(),
            await db.SpeakerLists.Where(l => l.SessionId == sessionId).SelectMany(l => l.Requests).CountAsync(),
            await new AuditVerifier(db).VerifyAsync()));
        Assert.Equal(["kaz-1", "kaz-2", "mex-1"], keys);
        Assert.Equal(2, requests);
        Assert.True(verification.Intact, verification.FirstBreak?.Message);

        // The next request, alone, reads the group's keys from the table.
        Assert.Equal(receipts[0].RequestId, (await kaz.RequestAsync(sessionId, key: "kaz-1")).RequestId);
    }

    private List<string> Saves() => SavesLogged.Of(_world.Host);
}

public sealed class FloorGroupSqliteTests() : FloorGroupTests(DatabaseProvider.Sqlite);

public sealed class FloorGroupPostgresTests() : FloorGroupTests(DatabaseProvider.Postgres);
