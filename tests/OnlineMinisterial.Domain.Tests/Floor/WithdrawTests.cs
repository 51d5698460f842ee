using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class WithdrawTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Withdraw_OwnWaitingRequest_LeavesTheListButStaysInRecord()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var kenya = list.Waiting[0];
        var version = list.Version;

        list.Withdraw(kenya.Id, Kenya);

        Assert.Equal(RequestState.Withdrawn, kenya.State);
        Assert.Equal(version + 1, list.Version);
        FloorAssert.WaitingOrder(list, Norway);
        Assert.Contains(kenya, list.Requests);
    }

    [Fact]
    public void Withdraw_AnotherDelegationsRequest_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var ex = FloorAssert.Refused(list, ErrorCodes.NotYourDelegation, () => list.Withdraw(list.Waiting[0].Id, Norway));
        Assert.Equal(ErrorKind.Forbidden, ex.Kind);
    }

    [Fact]
    public void Withdraw_UnknownRequest_IsRefusedAsNotFound()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var ex = FloorAssert.Refused(list, FloorErrors.RequestNotFound, () => list.Withdraw(Guid.NewGuid(), Kenya));
        Assert.Equal(ErrorKind.NotFound, ex.Kind);
    }

    [Fact]
    public void Withdraw_WhileSpeaking_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        FloorAssert.Refused(list, FloorErrors.NotWaiting, () => list.Withdraw(speech.RequestId, Kenya));
    }

    [Fact]
    public void Withdraw_Twice_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var id = list.Waiting[0].Id;
        list.Withdraw(id, Kenya);
        FloorAssert.Refused(list, FloorErrors.NotWaiting, () => list.Withdraw(id, Kenya));
    }

    [Fact]
    public void Request_AfterWithdrawing_JoinsAtTheEndAgain()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        list.Withdraw(list.Waiting[0].Id, Kenya);

        list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now);

        FloorAssert.WaitingOrder(list, Norway, Kenya);
    }
}
