using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>Undoing a removal, and the running speech's own allowed time, as every screen receives them.</summary>
public sealed class FloorChairToolsTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RemoveThenRestore_PutsTheRequestBackAtItsPlace_OneVersionEach_Audited()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        foreach (var code in new[] { "KAZ", "MEX", "USA" }) await (await _world.DelegateAsync(code)).RequestAsync(sessionId);
        var watcher = await _world.DelegateAsync("CAN");
        var floor = await chair.FloorAsync(sessionId);
        var mex = floor.Waiting.Single(w => w.Delegation.Code == "MEX").RequestId;

        var removed = await chair.ModerateAsync("RemoveRequest", sessionId, mex, floor.Version);
        Assert.Equal(["KAZ", "USA"], removed.Waiting.Select(w => w.Delegation.Code));
        var restored = await chair.ModerateAsync("RestoreRequest", sessionId, mex, removed.Version);

        Assert.Equal(removed.Version + 1, restored.Version);
        Assert.Equal(["KAZ", "MEX", "USA"], restored.Waiting.Select(w => w.Delegation.Code));
        Assert.Equal(["KAZ", "MEX", "USA"], (await watcher.ChangeAsync(restored.Version)).Floor.Waiting.Select(w => w.Delegation.Code));
        Assert.True(await _world.Host.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "floor.restored")));

        await Refused.WithAsync(FloorErrors.NotRemoved, () => chair.ModerateAsync("RestoreRequest", sessionId, mex, restored.Version));
        Assert.Equal(restored.Version, (await chair.FloorAsync(sessionId)).Version);
    }

    [Fact]
    public async Task Extend_TheSnapshotCarriesTheSpeechsOwnAllowedTime_NotTheSessionsLimit()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId);
        var watcher = await _world.DelegateAsync("MEX");
        var floor = await chair.FloorAsync(sessionId);

        var given = await chair.ModerateAsync("GiveFloorToNext", sessionId, floor.Version);
        Assert.Equal(180, given.Current?.AllowedSeconds);
        var extended = await chair.ModerateAsync("ExtendSpeech", sessionId, 45, given.Version);
        var limits = new FloorLimitsView(60, 300, 30, null);
        var changed = await chair.ModerateAsync("SetLimits", sessionId, limits, extended.Version);

        Assert.Equal(225, extended.Current?.AllowedSeconds);
        Assert.Equal(225, changed.Current?.AllowedSeconds);
        Assert.Equal(60, changed.Limits.StatementSeconds);
        Assert.Equal(225, (await watcher.ChangeAsync(changed.Version)).Floor.Current?.AllowedSeconds);
        Assert.Equal(225, (await watcher.FloorAsync(sessionId)).Current?.AllowedSeconds);
    }
}
