using OnlineMinisterial.Domain.Media;

namespace OnlineMinisterial.Domain.Tests.Media;

/// <summary>Who may publish in a session's room: the chair always, the floor while it is held, the panelists on stage.</summary>
public class MediaStageTests
{
    private const string Chair = "chair-1";
    private static readonly Guid Kazakhstan = Guid.Parse("6f1f9d56-0c1a-4a55-9a37-5d1d6f1c0a01");

    [Fact]
    public void ARoomThatIsNotOpen_HasNoPublishers_EvenTheChair()
    {
        var stage = MediaStage.Of(false, Chair, new CurrentSpeaker(Kazakhstan, "kaz-head", false), ["panelist-1"]);
        Assert.False(stage.RoomOpen);
        Assert.Empty(stage.Publishers);
        Assert.Null(stage.For(Chair));
    }

    [Fact]
    public void WithNobodyOnTheFloor_OnlyTheChairPublishes_UnderTheChairsFeed()
    {
        var stage = MediaStage.Of(true, Chair, null, []);
        Assert.True(stage.RoomOpen);
        var chair = Assert.Single(stage.Publishers);
        Assert.Equal(new Publisher(Chair, PublisherRole.Chair, "chair", Muted: false), chair);
    }

    [Fact]
    public void TheSpeaker_PublishesUnderTheDelegationsFeed_MutedWhileTheSpeechIsPaused()
    {
        var speaking = MediaStage.Of(true, Chair, new CurrentSpeaker(Kazakhstan, "kaz-head", Paused: false), []);
        Assert.Equal(new Publisher("kaz-head", PublisherRole.Speaker, $"speaker:{Kazakhstan:N}", Muted: false), speaking.For("kaz-head"));
        var paused = MediaStage.Of(true, Chair, new CurrentSpeaker(Kazakhstan, "kaz-head", Paused: true), []);
        Assert.True(paused.For("kaz-head")!.Muted);
        Assert.False(paused.For(Chair)!.Muted);
    }

    [Fact]
    public void ASpeechWithNoPersonRecorded_AddsNoPublisher()
    {
        var stage = MediaStage.Of(true, Chair, new CurrentSpeaker(Kazakhstan, null, false), []);
        Assert.Equal([Chair], stage.Publishers.Select(p => p.PersonId));
    }

    [Fact]
    public void TheChairTakingTheFloor_StaysTheChair_Once()
    {
        var stage = MediaStage.Of(true, Chair, new CurrentSpeaker(Kazakhstan, Chair, true), []);
        var chair = Assert.Single(stage.Publishers);
        Assert.Equal(PublisherRole.Chair, chair.Role);
        Assert.False(chair.Muted);
    }

    [Fact]
    public void PanelistsOnStage_PublishUnderTheirOwnFeeds_ThoseAlreadyPublishingOnlyOnce()
    {
        var stage = MediaStage.Of(true, Chair, new CurrentSpeaker(Kazakhstan, "kaz-head", false), ["guest-1", "kaz-head", Chair, "guest-2"]);
        Assert.Equal([Chair, "kaz-head", "guest-1", "guest-2"], stage.Publishers.Select(p => p.PersonId));
        Assert.Equal(new Publisher("guest-1", PublisherRole.Panelist, "person:guest-1", Muted: false), stage.For("guest-1"));
        Assert.Equal(PublisherRole.Speaker, stage.For("kaz-head")!.Role);
    }

    [Fact]
    public void SomeoneNotOnStage_IsNotAPublisher()
    {
        var stage = MediaStage.Of(true, Chair, new CurrentSpeaker(Kazakhstan, "kaz-head", false), ["guest-1"]);
        Assert.Null(stage.For("usa-head"));
    }
}
