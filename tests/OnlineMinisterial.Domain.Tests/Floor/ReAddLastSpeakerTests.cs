using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class ReAddLastSpeakerTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void ReAddLastSpeaker_MakesItTheNextStatement_BehindPointsOfOrder()
    {
        var list = new SpeakerListBuilder(_time)
            .Spoke(Kenya, TimeSpan.FromMinutes(2))
            .Statements(Norway, Chile).PointOfOrder(Japan)
            .Build();
        var version = list.Version;
        var id = Guid.NewGuid();

        var request = list.ReAddLastSpeaker(id, Now);

        Assert.Equal(id, request.Id);
        Assert.Equal(RequestKind.Statement, request.Kind);
        Assert.Equal(version + 1, list.Version);
        FloorAssert.WaitingOrder(list, Japan, Kenya, Norway, Chile);
    }

    [Fact]
    public void ReAddLastSpeaker_TakesTheLatestFinishedSpeech_NotTheRunningOne()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Kenya, TimeSpan.FromMinutes(1)).Statements(Norway, Chile).Build();
        list.GiveFloorToNext(Now);

        list.ReAddLastSpeaker(Guid.NewGuid(), Now);

        FloorAssert.WaitingOrder(list, Kenya, Chile);
    }

    [Fact]
    public void ReAddLastSpeaker_AfterPointOfOrder_AddsAStatement()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Chile, TimeSpan.FromSeconds(40), RequestKind.PointOfOrder).Build();

        var request = list.ReAddLastSpeaker(Guid.NewGuid(), Now);

        Assert.Equal(RequestKind.Statement, request.Kind);
        Assert.Equal(Chile, request.DelegationId);
    }

    [Fact]
    public void ReAddLastSpeaker_KeepsSpeakerAndGroupFlag()
    {
        var list = new SpeakerListBuilder(_time).Build();
        var asked = list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now, "amina", onBehalfOfGroup: true);
        list.GiveFloorTo(asked.Id, Now);
        list.EndSpeech(Now.AddMinutes(1));

        var request = list.ReAddLastSpeaker(Guid.NewGuid(), Now);

        Assert.Equal("amina", request.PersonId);
        Assert.True(request.OnBehalfOfGroup);
    }

    [Fact]
    public void ReAddLastSpeaker_OnClosedList_IsAccepted()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Kenya, TimeSpan.FromMinutes(1)).Closed().Build();
        list.ReAddLastSpeaker(Guid.NewGuid(), Now);
        FloorAssert.WaitingOrder(list, Kenya);
    }

    [Fact]
    public void ReAddLastSpeaker_AlreadyWaitingWithStatement_MovesThatRequestUp()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Kenya, TimeSpan.FromMinutes(1)).Statements(Norway, Kenya).Build();
        var waiting = list.Waiting[1];

        var request = list.ReAddLastSpeaker(Guid.NewGuid(), Now);

        Assert.Same(waiting, request);
        FloorAssert.WaitingOrder(list, Kenya, Norway);
    }

    [Fact]
    public void ReAddLastSpeaker_AlreadyFirstStatement_LeavesVersionUnchanged()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Kenya, TimeSpan.FromMinutes(1)).Statements(Kenya, Norway).Build();
        var version = list.Version;

        list.ReAddLastSpeaker(Guid.NewGuid(), Now);

        Assert.Equal(version, list.Version);
        FloorAssert.WaitingOrder(list, Kenya, Norway);
    }

    [Fact]
    public void ReAddLastSpeaker_WhenItIsSpeakingAStatementAgain_ChangesNothing()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Kenya, TimeSpan.FromMinutes(1)).Statements(Kenya, Norway).Build();
        var speech = list.GiveFloorToNext(Now);
        var version = list.Version;

        var request = list.ReAddLastSpeaker(Guid.NewGuid(), Now);

        Assert.Equal(speech.RequestId, request.Id);
        Assert.Equal(version, list.Version);
        FloorAssert.WaitingOrder(list, Norway);
    }

    [Fact]
    public void ReAddLastSpeaker_WhenNobodyHasSpoken_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        list.GiveFloorToNext(Now);
        FloorAssert.Refused(list, FloorErrors.NoLastSpeaker, () => list.ReAddLastSpeaker(Guid.NewGuid(), Now));
    }
}
