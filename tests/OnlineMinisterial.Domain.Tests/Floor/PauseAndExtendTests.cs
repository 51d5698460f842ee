using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class PauseAndExtendTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Pause_StopsTheClock()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromSeconds(50));
        var version = list.Version;

        list.Pause(Now);
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(speech.IsPaused);
        Assert.Equal(SpeakerListBuilder.SessionStart.AddSeconds(51), speech.PausedAt);
        Assert.Equal(TimeSpan.FromSeconds(130), speech.RemainingAtPause);
        Assert.Equal(TimeSpan.FromSeconds(130), speech.Remaining(Now));
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void Resume_MovesTheEndForwardByThePausedTime()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        var originalEnd = speech.EndsAt;
        _time.Advance(TimeSpan.FromSeconds(50));
        list.Pause(Now);
        _time.Advance(TimeSpan.FromSeconds(45));
        var version = list.Version;

        list.Resume(Now);

        Assert.False(speech.IsPaused);
        Assert.Null(speech.RemainingAtPause);
        Assert.Equal(originalEnd!.Value.AddSeconds(45), speech.EndsAt);
        Assert.Equal(TimeSpan.FromSeconds(45), speech.TotalPaused);
        Assert.Equal(TimeSpan.FromSeconds(130), speech.Remaining(Now));
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void PauseAndResume_OfUntimedSpeech_CountsPausedTime()
    {
        var list = new SpeakerListBuilder(_time).PointOfOrder(Chile).Build();
        var speech = list.GiveFloorToNext(Now);
        list.Pause(Now);
        _time.Advance(TimeSpan.FromSeconds(20));

        list.Resume(Now);

        Assert.Null(speech.EndsAt);
        Assert.Equal(TimeSpan.FromSeconds(20), speech.TotalPaused);
    }

    [Fact]
    public void Pause_WhenAlreadyPaused_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        list.GiveFloorToNext(Now);
        list.Pause(Now);
        FloorAssert.Refused(list, FloorErrors.AlreadyPaused, () => list.Pause(Now));
    }

    [Fact]
    public void Resume_WhenNotPaused_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        list.GiveFloorToNext(Now);
        FloorAssert.Refused(list, FloorErrors.NotPaused, () => list.Resume(Now));
    }

    [Fact]
    public void PauseResumeAndExtend_WhenNobodySpeaks_AreRefused()
    {
        var list = new SpeakerListBuilder(_time).Spoke(Kenya, TimeSpan.FromMinutes(1)).Build();
        FloorAssert.Refused(list, FloorErrors.NoCurrentSpeech, () => list.Pause(Now));
        FloorAssert.Refused(list, FloorErrors.NoCurrentSpeech, () => list.Resume(Now));
        FloorAssert.Refused(list, FloorErrors.NoCurrentSpeech, () => list.Extend(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Extend_MovesTheEndTimeLater()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        var version = list.Version;

        list.Extend(TimeSpan.FromSeconds(30));

        Assert.Equal(Now.AddSeconds(210), speech.EndsAt);
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void Extend_WhileOverrunning_AddsToTheLimitNotToNow()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromSeconds(190));

        list.Extend(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(20), speech.Remaining(Now));
    }

    [Fact]
    public void Extend_WhilePaused_AddsToTheFrozenRemainingTime()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromSeconds(60));
        list.Pause(Now);

        list.Extend(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(150), speech.RemainingAtPause);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Extend_ByNothingOrLess_IsRefused(int seconds)
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        list.GiveFloorToNext(Now);
        FloorAssert.Refused(list, FloorErrors.InvalidExtension, () => list.Extend(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Extend_UntimedSpeech_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).PointOfOrder(Chile).Build();
        var speech = list.GiveFloorToNext(Now);
        FloorAssert.Refused(list, FloorErrors.NoTimeLimit, () => list.Extend(TimeSpan.FromSeconds(30)));
        Assert.Null(speech.EndsAt);
    }
}

public class AllowedTimeTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    [Fact]
    public void AllowedTime_IsTheLimitWhenTheSpeechBegan_PlusEveryExtension_PausesLeftOut()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(_time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(3), speech.AllowedTime);

        list.Extend(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(20));
        list.Pause(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(TimeSpan.FromSeconds(210), speech.AllowedTime);

        list.Resume(_time.GetUtcNow());
        list.Extend(TimeSpan.FromSeconds(60));
        list.ChangeLimits(new FloorLimits(TimeSpan.FromMinutes(1), null, null, null));
        Assert.Equal(TimeSpan.FromSeconds(270), speech.AllowedTime);
    }

    [Fact]
    public void AllowedTime_IsNull_ForAnUntimedSpeech()
    {
        var list = new SpeakerListBuilder(_time).PointOfOrder(Kenya).Build();
        Assert.Null(list.GiveFloorToNext(_time.GetUtcNow()).AllowedTime);
    }
}
