using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class MoveTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private static Guid IdOf(SpeakerList list, Guid delegationId) =>
        list.Waiting.First(r => r.DelegationId == delegationId).Id;

    [Fact]
    public void Move_StatementUp_PutsItAtThatPlace()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway, Chile).Build();
        var version = list.Version;

        list.Move(IdOf(list, Chile), 0);

        FloorAssert.WaitingOrder(list, Chile, Kenya, Norway);
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void Move_StatementDown_PutsItAtThatPlace()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway, Chile).Build();
        list.Move(IdOf(list, Kenya), 2);
        FloorAssert.WaitingOrder(list, Norway, Chile, Kenya);
    }

    [Fact]
    public void Move_StatementAbovePointOfOrder_MakesItFirstAmongStatements()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).PointOfOrder(Chile).Build();

        list.Move(IdOf(list, Norway), 0);

        FloorAssert.WaitingOrder(list, Chile, Norway, Kenya);
    }

    [Fact]
    public void Move_StatementBelowRightsOfReply_MakesItLastAmongStatements()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).RightOfReply(Egypt).Build();

        list.Move(IdOf(list, Kenya), 2);

        FloorAssert.WaitingOrder(list, Norway, Kenya, Egypt);
    }

    [Fact]
    public void Move_PointOfOrderBelowStatements_StaysAheadOfThem()
    {
        var list = new SpeakerListBuilder(_time).PointOfOrder(Chile).PointOfOrder(Japan).Statement(Kenya).Build();

        list.Move(IdOf(list, Chile), 2);

        FloorAssert.WaitingOrder(list, Japan, Chile, Kenya);
    }

    [Fact]
    public void Move_ToItsOwnPlace_LeavesVersionUnchanged()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var version = list.Version;
        list.Move(IdOf(list, Norway), 1);
        Assert.Equal(version, list.Version);
    }

    [Fact]
    public void Move_OnlyStatementAbovePointOfOrder_ChangesNothing()
    {
        var list = new SpeakerListBuilder(_time).PointOfOrder(Chile).Statement(Kenya).Build();
        var version = list.Version;
        list.Move(IdOf(list, Kenya), 0);
        Assert.Equal(version, list.Version);
        FloorAssert.WaitingOrder(list, Chile, Kenya);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Move_OutsideTheWaitingList_IsRefused(int index)
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        FloorAssert.Refused(list, FloorErrors.PositionOutOfRange, () => list.Move(IdOf(list, Kenya), index));
    }

    [Fact]
    public void Move_RequestNotWaiting_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var speech = list.GiveFloorToNext(_time.GetUtcNow());
        FloorAssert.Refused(list, FloorErrors.NotWaiting, () => list.Move(speech.RequestId, 0));
    }

    [Fact]
    public void Move_UnknownRequest_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya).Build();
        FloorAssert.Refused(list, FloorErrors.RequestNotFound, () => list.Move(Guid.NewGuid(), 0));
    }

    [Fact]
    public void Request_AfterMove_JoinsAtTheEnd()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        list.Move(IdOf(list, Norway), 0);

        _time.Advance(TimeSpan.FromSeconds(1));
        list.Request(Guid.NewGuid(), Chile, RequestKind.Statement, _time.GetUtcNow());

        FloorAssert.WaitingOrder(list, Norway, Kenya, Chile);
    }
}
