using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Foundation;

public sealed class SeatTests : HostPerTest
{
    private Task<string?> SeatHolderAsync(string code) =>
        Host.WithDbAsync(db => db.Delegations.Where(d => d.Code == code).Select(d => d.SeatHolderId).SingleAsync());

    private Task<int> AuditCountAsync(string action) =>
        Host.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action));

    [Fact]
    public async Task AlternateTakingTheSeat_WhileTheHeadIsPresent_IsRefusedWithCode_AndNothingChanges()
    {
        await using var head = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        await head.ConnectAsync();
        await using var alternate = await Host.SignInAsync(DemoLogins.Alternate("KAZ"));
        var connection = await alternate.ConnectAsync();
        var holder = await SeatHolderAsync("KAZ");

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<SeatChanged>("TakeSeat"));

        Assert.Equal("seat.transfer_invalid", HubErrors.CodeOf(error));
        Assert.Equal(holder, await SeatHolderAsync("KAZ"));
        Assert.Equal(0, await AuditCountAsync("seat.taken"));
    }

    [Fact]
    public async Task HeadHandsTheSeat_EveryoneIsTold_AndTheAuditHasIt()
    {
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var events = new EventRecorder<SeatChanged>(await observer.ConnectAsync(), nameof(IConferenceClient.SeatChanged));
        await using var head = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var connection = await head.ConnectAsync();
        var alternateId = await Host.WithDbAsync(db => db.Users.Where(u => u.Email == DemoLogins.Alternate("KAZ")).Select(u => u.Id).SingleAsync());

        var result = await connection.InvokeAsync<SeatChanged>("HandSeat", alternateId);

        Assert.Equal(alternateId, result.SeatHolderId);
        Assert.Equal(alternateId, await SeatHolderAsync("KAZ"));
        var seen = await events.WaitForAsync(e => e.SeatHolderId == alternateId);
        Assert.Equal(result.Version, seen.Version);
        Assert.Equal(1, await AuditCountAsync("seat.handed"));
    }

    [Fact]
    public async Task HeadHandingTheSeatToAnotherDelegationsMember_IsRefused()
    {
        await using var head = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var connection = await head.ConnectAsync();
        var stranger = await Host.WithDbAsync(db => db.Users.Where(u => u.Email == DemoLogins.Alternate("USA")).Select(u => u.Id).SingleAsync());

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<SeatChanged>("HandSeat", stranger));

        Assert.Equal("auth.not_your_delegation", HubErrors.CodeOf(error));
        Assert.NotEqual(stranger, await SeatHolderAsync("KAZ"));
    }

    [Fact]
    public async Task AlternateTakesTheSeat_AfterTheHeadDroppedOut()
    {
        await using var head = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var headConnection = await head.ConnectAsync();
        await using var alternate = await Host.SignInAsync(DemoLogins.Alternate("KAZ"));
        var connection = await alternate.ConnectAsync();
        var events = new EventRecorder<PresenceChanged>(connection, nameof(IConferenceClient.PresenceChanged));
        await headConnection.StopAsync();
        await events.WaitForAsync(e => !e.PersonPresent);

        var result = await connection.InvokeAsync<SeatChanged>("TakeSeat");

        Assert.Equal(result.SeatHolderId, await SeatHolderAsync("KAZ"));
        Assert.Equal(1, await AuditCountAsync("seat.taken"));
    }
}
