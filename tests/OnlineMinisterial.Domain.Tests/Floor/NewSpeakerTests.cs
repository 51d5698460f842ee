using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

/// <summary>A speaker chosen outside the list (a panelist) goes on it and speaks in one change: one command, one version.</summary>
public class NewSpeakerTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void GiveFloorToNewSpeaker_OnANewList_TakesItsLimits_InOneVersion()
    {
        var list = SpeakerList.Create(Guid.NewGuid(), FloorLimits.Default);
        var panel = new FloorLimits(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), null, null);

        var speech = list.GiveFloorToNewSpeaker(Guid.NewGuid(), Kenya, "kenya-panelist", Now, panel);

        Assert.Equal(1, list.Version);
        Assert.Equal(panel, list.Limits);
        Assert.Equal(Now + TimeSpan.FromMinutes(5), speech.EndsAt);
        Assert.Equal("kenya-panelist", speech.PersonId);
    }

    [Fact]
    public void GiveFloorToNewSpeaker_WhileAnotherDelegationSpeaks_EndsThatTurn_InOneVersion()
    {
        var list = SpeakerList.Create(Guid.NewGuid(), FloorLimits.Default);
        list.GiveFloorToNewSpeaker(Guid.NewGuid(), Kenya, "kenya-panelist", Now);
        _time.Advance(TimeSpan.FromSeconds(40));
        var version = list.Version;

        var speech = list.GiveFloorToNewSpeaker(Guid.NewGuid(), Norway, "norway-panelist", Now, FloorLimits.Default);

        Assert.Equal(version + 1, list.Version);
        Assert.Equal(Norway, list.Current!.DelegationId);
        Assert.Equal(TimeSpan.FromSeconds(40), list.Speeches[0].SpokenDuration);
        Assert.Same(speech, list.Current);
    }

    [Fact]
    public void GiveFloorToNewSpeaker_SameDelegationSpeaking_EndsItsTurn_AndGivesTheNextPanelist_InOneVersion()
    {
        var list = SpeakerList.Create(Guid.NewGuid(), FloorLimits.Default);
        list.GiveFloorToNewSpeaker(Guid.NewGuid(), Kenya, "kenya-head", Now);
        _time.Advance(TimeSpan.FromSeconds(10));
        var version = list.Version;

        list.GiveFloorToNewSpeaker(Guid.NewGuid(), Kenya, "kenya-alternate", Now);

        Assert.Equal(version + 1, list.Version);
        Assert.Equal("kenya-alternate", list.Current!.PersonId);
        Assert.Equal(2, list.Speeches.Count);
        Assert.Empty(list.Waiting);
    }

    [Fact]
    public void GiveFloorToNewSpeaker_WithAStatementWaiting_GivesThatRequest()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var waiting = list.Waiting[1];
        var version = list.Version;

        var speech = list.GiveFloorToNewSpeaker(Guid.NewGuid(), Norway, "norway-panelist", Now);

        Assert.Equal(waiting.Id, speech.RequestId);
        Assert.Equal(version + 1, list.Version);
        FloorAssert.WaitingOrder(list, Kenya);
    }
}
