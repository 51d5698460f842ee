using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>The list of speakers opens for inscription before the session; the floor is given only once it is open.</summary>
public sealed class FloorInscriptionTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ChairOpensInscription_DelegationsInscribeBeforeTheSession_NobodySpeaksUntilItOpens()
    {
        var scheduled = await _world.ScheduledSessionIdAsync();
        var chair = await _world.ConnectAsync(DemoLogins.Chair);
        var kaz = await _world.ConnectAsync(DemoLogins.Head("KAZ"));
        var mex = await _world.ConnectAsync(DemoLogins.Head("MEX"));
        await kaz.JoinAsync(scheduled);

        await Refused.WithAsync(ErrorCodes.SessionNotLive, () => kaz.RequestAsync(scheduled));
        var opened = await chair.ModerateAsync("OpenInscription", scheduled, 0);
        Assert.True(opened.InscriptionOpen);
        Assert.True((await kaz.ChangeAsync(opened.Version)).Floor.InscriptionOpen);

        var first = await kaz.RequestAsync(scheduled);
        var second = await mex.RequestAsync(scheduled);
        Assert.Equal((1, 2), (first.Position, second.Position));
        await mex.WithdrawAsync(scheduled, second.RequestId);
        await mex.RequestAsync(scheduled);

        var before = await chair.FloorAsync(scheduled);
        await Refused.WithAsync(FloorErrors.SessionNotOpen, () => chair.ModerateAsync("GiveFloorToNext", scheduled, before.Version));
        await Refused.WithAsync(FloorErrors.SessionNotOpen, () => chair.ModerateAsync("GiveFloorTo", scheduled, first.RequestId, before.Version));
        Assert.Equal(before.Version, (await chair.FloorAsync(scheduled)).Version);

        await _world.Host.WithDbAsync(async db =>
        {
            (await db.Sessions.SingleAsync(s => s.Id == scheduled)).Open(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var given = await chair.ModerateAsync("GiveFloorToNext", scheduled, before.Version);
        Assert.Equal("KAZ", given.Current?.Delegation.Code);
        Assert.Equal(["MEX"], given.Waiting.Select(w => w.Delegation.Code));
        Assert.True(await _world.Host.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "floor.inscription_opened")));
    }

    [Fact]
    public async Task ChairClosesInscriptionAgain_DelegationsAreRefused_TheInscribedStay()
    {
        var scheduled = await _world.ScheduledSessionIdAsync();
        var chair = await _world.ConnectAsync(DemoLogins.Chair);
        var kaz = await _world.ConnectAsync(DemoLogins.Head("KAZ"));
        var delegate_ = await _world.ConnectAsync(DemoLogins.Head("MEX"));

        var opened = await chair.ModerateAsync("OpenInscription", scheduled, 0);
        await kaz.RequestAsync(scheduled);
        var closed = await chair.ModerateAsync("CloseInscription", scheduled, opened.Version + 1);

        Assert.False(closed.InscriptionOpen);
        Assert.Equal(["KAZ"], closed.Waiting.Select(w => w.Delegation.Code));
        await Refused.WithAsync(ErrorCodes.SessionNotLive, () => delegate_.RequestAsync(scheduled));
        await Refused.WithAsync(FloorAccessErrors.NotChair, () => kaz.ModerateAsync("OpenInscription", scheduled, closed.Version));
    }
}
