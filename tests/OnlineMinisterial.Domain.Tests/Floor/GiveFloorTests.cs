using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class GiveFloorTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void GiveFloorToNext_WhenPointOfOrderWaiting_TakesItFirst()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).PointOfOrder(Chile).Build();

        var speech = list.GiveFloorToNext(Now);

        Assert.Equal(Chile, speech.DelegationId);
        Assert.Equal(RequestKind.PointOfOrder, speech.Kind);
        FloorAssert.WaitingOrder(list, Kenya, Norway);
    }

    [Fact]
    public void GiveFloorToNext_StartsSpeech_AndMarksRequestSpeaking()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var request = list.Waiting[0];
        var version = list.Version;

        var speech = list.GiveFloorToNext(Now);

        Assert.Same(speech, list.Current);
        Assert.Equal(request.Id, speech.RequestId);
        Assert.Equal(Now, speech.StartedAt);
        Assert.True(speech.IsRunning);
        Assert.Equal(RequestState.Speaking, request.State);
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void GiveFloorToNext_WhenNobodyWaiting_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Build();
        FloorAssert.Refused(list, FloorErrors.NobodyWaiting, () => list.GiveFloorToNext(Now));
    }

    [Fact]
    public void GiveFloorToNext_WhenNobodyWaiting_LeavesTheCurrentSpeechRunning()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);

        FloorAssert.Refused(list, FloorErrors.NobodyWaiting, () => list.GiveFloorToNext(Now));

        Assert.True(speech.IsRunning);
        Assert.Same(speech, list.Current);
    }

    [Fact]
    public void GiveFloorToNext_WhileSomeoneSpeaks_EndsThatSpeechFirst_InOneVersion()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var kenya = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromMinutes(2));
        var version = list.Version;

        var norway = list.GiveFloorToNext(Now);

        Assert.Equal(Now, kenya.EndedAt);
        Assert.Equal(Now, norway.StartedAt);
        Assert.Equal(RequestState.Done, list.Requests[0].State);
        Assert.Equal(new[] { kenya, norway }, list.Speeches);
        Assert.Same(norway, list.Current);
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void GiveFloorTo_ChosenRequest_SkipsTheOrder()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway, Chile).Build();

        var speech = list.GiveFloorTo(list.Waiting[2].Id, Now);

        Assert.Equal(Chile, speech.DelegationId);
        FloorAssert.WaitingOrder(list, Kenya, Norway);
    }

    [Fact]
    public void GiveFloorTo_UnknownRequest_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        FloorAssert.Refused(list, FloorErrors.RequestNotFound, () => list.GiveFloorTo(Guid.NewGuid(), Now));
    }

    [Fact]
    public void GiveFloorTo_WithdrawnRequest_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var id = list.Waiting[0].Id;
        list.Withdraw(id, Kenya);
        FloorAssert.Refused(list, FloorErrors.NotWaiting, () => list.GiveFloorTo(id, Now));
    }

    [Fact]
    public void GiveFloor_SpeakerIsTheRequester_UnlessTheChairNamesAnother()
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now, "amina");
        list.Request(Guid.NewGuid(), Norway, RequestKind.Statement, Now, "ola");

        var first = list.GiveFloorToNext(Now);
        var second = list.GiveFloorToNext(Now, personId: "kari");

        Assert.Equal("amina", first.PersonId);
        Assert.Equal("kari", second.PersonId);
    }

    [Fact]
    public void EndSpeech_FinishesRequest_AndLeavesNobodyOnTheFloor()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromMinutes(2));
        var version = list.Version;

        var ended = list.EndSpeech(Now);

        Assert.Same(speech, ended);
        Assert.Equal(Now, speech.EndedAt);
        Assert.False(speech.IsRunning);
        Assert.Null(list.Current);
        Assert.Equal(RequestState.Done, list.Requests[0].State);
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void EndSpeech_WhenNobodySpeaks_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        FloorAssert.Refused(list, FloorErrors.NoCurrentSpeech, () => list.EndSpeech(Now));
    }
}
