using Microsoft.Extensions.Time.Testing;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class WaitingOrderTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    [Fact]
    public void Waiting_PutsPointsOfOrderFirst_ThenStatements_ThenRightsOfReply()
    {
        var list = new SpeakerListBuilder(_time)
            .RightOfReply(Egypt)
            .Statement(Kenya)
            .PointOfOrder(Chile)
            .Statement(Norway)
            .Build();

        FloorAssert.WaitingOrder(list, Chile, Kenya, Norway, Egypt);
    }

    [Fact]
    public void Waiting_PointsOfOrder_AreFirstComeFirstServed()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).PointOfOrder(Japan).PointOfOrder(Chile).Build();
        FloorAssert.WaitingOrder(list, Japan, Chile, Kenya);
    }

    [Fact]
    public void Waiting_RightsOfReply_KeepTheirOrder()
    {
        var list = new SpeakerListBuilder(_time).RightOfReply(Egypt).RightOfReply(Japan).Statement(Kenya).Build();
        FloorAssert.WaitingOrder(list, Kenya, Egypt, Japan);
    }

    [Fact]
    public void Waiting_LeavesOutSpeakingAndFinishedRequests()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Japan, TimeSpan.FromMinutes(1)).Statements(Kenya, Norway).Build();
        list.GiveFloorToNext(_time.GetUtcNow());
        FloorAssert.WaitingOrder(list, Norway);
    }

    [Fact]
    public void PlaceOf_GivesOneBasedPlaceInTheWaitingOrder()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).PointOfOrder(Chile).Build();

        Assert.Equal(1, list.PlaceOf(Chile));
        Assert.Equal(2, list.PlaceOf(Kenya));
        Assert.Equal(3, list.PlaceOf(Norway));
    }

    [Fact]
    public void PlaceOf_DelegationWithSeveralRequests_GivesItsEarliestPlace()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).RightOfReply(Norway).PointOfOrder(Norway).Build();
        Assert.Equal(1, list.PlaceOf(Norway));
    }

    [Fact]
    public void PlaceOf_DelegationNotWaiting_IsNull()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        list.GiveFloorToNext(_time.GetUtcNow());
        Assert.Null(list.PlaceOf(Kenya));
        Assert.Null(list.PlaceOf(Norway));
    }
}
