using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class ChairListTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Create_StartsOpenAndEmpty_WithGivenLimits()
    {
        var sessionId = Guid.NewGuid();
        var limits = new FloorLimits(TimeSpan.FromMinutes(2), null, null, null);

        var list = SpeakerList.Create(sessionId, limits);

        Assert.Equal(sessionId, list.SessionId);
        Assert.Same(limits, list.Limits);
        Assert.False(list.IsClosed);
        Assert.Empty(list.Waiting);
        Assert.Null(list.Current);
        Assert.Equal(0, list.Version);
    }

    [Theory]
    [InlineData(RequestKind.Statement)]
    [InlineData(RequestKind.PointOfOrder)]
    [InlineData(RequestKind.RightOfReply)]
    public void Add_OnClosedList_IsAccepted(RequestKind kind)
    {
        var list = new SpeakerListBuilder(_time).Closed().Build();

        var request = list.Add(Guid.NewGuid(), Kenya, kind, Now);

        Assert.Equal(kind, request.Kind);
        Assert.Null(request.PersonId);
        FloorAssert.WaitingOrder(list, Kenya);
    }

    [Fact]
    public void Add_GroupStatement_IsKeptAsOnBehalfOfGroup()
    {
        var list = new SpeakerListBuilder(_time).Build();
        var request = list.Add(Guid.NewGuid(), Kenya, RequestKind.Statement, Now, onBehalfOfGroup: true);
        Assert.True(request.OnBehalfOfGroup);
    }

    [Fact]
    public void Add_DelegationAlreadyWaiting_ReturnsItsRequest_WithoutVersionBump()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var version = list.Version;

        var request = list.Add(Guid.NewGuid(), Kenya, RequestKind.Statement, Now);

        Assert.Equal(list.Waiting[0].Id, request.Id);
        Assert.Equal(version, list.Version);
        FloorAssert.WaitingOrder(list, Kenya, Norway);
    }

    [Fact]
    public void Remove_WaitingRequest_TakesItOffTheList()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var kenya = list.Waiting[0];
        var version = list.Version;

        list.Remove(kenya.Id);

        Assert.Equal(RequestState.Removed, kenya.State);
        Assert.Equal(version + 1, list.Version);
        FloorAssert.WaitingOrder(list, Norway);
    }

    [Fact]
    public void Remove_UnknownRequest_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        FloorAssert.Refused(list, FloorErrors.RequestNotFound, () => list.Remove(Guid.NewGuid()));
    }

    [Fact]
    public void Remove_SpeakingRequest_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        FloorAssert.Refused(list, FloorErrors.NotWaiting, () => list.Remove(speech.RequestId));
    }

    [Fact]
    public void Close_ThenReopen_LetsDelegatesAskAgain()
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.Close();
        Assert.True(list.IsClosed);

        list.Reopen();
        list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now);

        Assert.False(list.IsClosed);
        Assert.Equal(3, list.Version);
        FloorAssert.WaitingOrder(list, Kenya);
    }

    [Fact]
    public void Close_WhenAlreadyClosed_LeavesVersionUnchanged()
    {
        var list = new SpeakerListBuilder(_time).Closed().Build();
        var version = list.Version;
        list.Close();
        Assert.Equal(version, list.Version);
    }

    [Fact]
    public void Reopen_WhenOpen_LeavesVersionUnchanged()
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.Reopen();
        Assert.Equal(0, list.Version);
    }

    [Fact]
    public void Close_KeepsWaitingRequests()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Closed().Build();
        FloorAssert.WaitingOrder(list, Kenya, Norway);
    }

    [Fact]
    public void ChangeLimits_ToOtherValues_BumpsVersion_AndToSameValues_DoesNot()
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.ChangeLimits(new FloorLimits(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), null));
        Assert.Equal(0, list.Version);

        list.ChangeLimits(new FloorLimits(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(1), null));
        Assert.Equal(1, list.Version);
        Assert.Equal(TimeSpan.FromMinutes(2), list.Limits.Statement);
    }
}
