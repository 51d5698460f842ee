using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class RequestTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Request_Statement_JoinsWaitingList_WithRequesterAndTime()
    {
        var list = new SpeakerListBuilder(_time).Build();
        var id = Guid.NewGuid();

        var request = list.Request(id, Kenya, RequestKind.Statement, Now, "amina");

        Assert.Equal(id, request.Id);
        Assert.Equal(RequestState.Waiting, request.State);
        Assert.Equal("amina", request.PersonId);
        Assert.Equal(Now, request.RequestedAt);
        Assert.Equal(1, list.Version);
        FloorAssert.WaitingOrder(list, Kenya);
    }

    [Fact]
    public void Request_SameKindTwice_ReturnsFirst_WithoutChangeOrVersionBump()
    {
        var list = new SpeakerListBuilder(_time).Build();
        var first = list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now);
        var version = list.Version;
        _time.Advance(TimeSpan.FromSeconds(5));

        var second = list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now, onBehalfOfGroup: true);

        Assert.Same(first, second);
        Assert.False(second.OnBehalfOfGroup);
        Assert.Equal(version, list.Version);
        Assert.Single(list.Requests);
    }

    [Fact]
    public void Request_SameKindWhileSpeaking_ReturnsTheSpeakingRequest()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        var version = list.Version;

        var again = list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now);

        Assert.Equal(speech.RequestId, again.Id);
        Assert.Equal(RequestState.Speaking, again.State);
        Assert.Equal(version, list.Version);
        Assert.Empty(list.Waiting);
    }

    [Fact]
    public void Request_DifferentKinds_AreSeparateRequests()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).PointOfOrder(Kenya).RightOfReply(Kenya).Build();
        Assert.Equal(3, list.Waiting.Count);
    }

    [Fact]
    public void Request_AfterSpeechEnded_CreatesNewRequest()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Kenya, TimeSpan.FromMinutes(2)).Build();

        var request = list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now);

        Assert.Equal(RequestState.Waiting, request.State);
        Assert.Equal(2, list.Requests.Count);
    }

    [Fact]
    public void Request_StatementOnClosedList_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Closed().Build();
        FloorAssert.Refused(list, FloorErrors.ListClosed,
            () => list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now));
        Assert.Empty(list.Requests);
    }

    [Fact]
    public void Request_RightOfReplyOnClosedList_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Closed().Build();
        FloorAssert.Refused(list, FloorErrors.ListClosed,
            () => list.Request(Guid.NewGuid(), Kenya, RequestKind.RightOfReply, Now));
    }

    [Fact]
    public void Request_PointOfOrderOnClosedList_IsAccepted()
    {
        var list = new SpeakerListBuilder(_time).Closed().Build();
        var request = list.Request(Guid.NewGuid(), Kenya, RequestKind.PointOfOrder, Now);
        Assert.Equal(RequestState.Waiting, request.State);
        FloorAssert.WaitingOrder(list, Kenya);
    }

    [Fact]
    public void Request_RepeatedAfterListClosed_ReturnsOpenRequest_WithoutError()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Closed().Build();
        var version = list.Version;

        var again = list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now);

        Assert.Equal(list.Waiting[0].Id, again.Id);
        Assert.Equal(version, list.Version);
    }

    [Theory]
    [InlineData(RequestKind.PointOfOrder)]
    [InlineData(RequestKind.RightOfReply)]
    public void Request_OnBehalfOfGroupForOtherThanStatement_IsRefused(RequestKind kind)
    {
        var list = new SpeakerListBuilder(_time).Build();
        FloorAssert.Refused(list, FloorErrors.GroupRequiresStatement,
            () => list.Request(Guid.NewGuid(), Kenya, kind, Now, onBehalfOfGroup: true));
    }

    [Fact]
    public void Request_WithIdAlreadyUsed_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Build();
        var id = Guid.NewGuid();
        list.Request(id, Kenya, RequestKind.Statement, Now);
        FloorAssert.Refused(list, FloorErrors.DuplicateRequestId,
            () => list.Request(id, Norway, RequestKind.Statement, Now));
    }
}
