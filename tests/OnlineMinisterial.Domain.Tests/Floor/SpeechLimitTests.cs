using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class SpeechLimitTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void GiveFloor_Statement_EndsAfterTheStatementLimit()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        Assert.Equal(Now.AddMinutes(3), speech.EndsAt);
        Assert.Equal(TimeSpan.FromMinutes(3), speech.Remaining(Now));
    }

    [Fact]
    public void GiveFloor_StatementOnBehalfOfGroup_GetsTheGroupLimit()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya, onBehalfOfGroup: true).Build();
        var speech = list.GiveFloorToNext(Now);
        Assert.Equal(Now.AddMinutes(5), speech.EndsAt);
    }

    [Fact]
    public void GiveFloor_RightOfReply_GetsTheReplyLimit()
    {
        var list = new SpeakerListBuilder(_time).RightOfReply(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        Assert.Equal(Now.AddMinutes(1), speech.EndsAt);
    }

    [Fact]
    public void GiveFloor_PointOfOrder_HasNoEndTime()
    {
        var list = new SpeakerListBuilder(_time).PointOfOrder(Chile).Build();
        var speech = list.GiveFloorToNext(Now);
        Assert.Null(speech.EndsAt);
        Assert.Null(speech.Remaining(Now));
    }

    [Fact]
    public void GiveFloor_UsesTheSessionsOwnLimits()
    {
        var limits = new FloorLimits(TimeSpan.FromMinutes(4), null, null, TimeSpan.FromSeconds(30));
        var list = new SpeakerListBuilder(_time, limits).Statement(Kenya).PointOfOrder(Chile).Build();

        var pointOfOrder = list.GiveFloorToNext(Now);
        var statement = list.GiveFloorToNext(Now);

        Assert.Equal(Now.AddSeconds(30), pointOfOrder.EndsAt);
        Assert.Equal(Now.AddMinutes(4), statement.EndsAt);
    }

    [Fact]
    public void ChangeLimits_AppliesToTheNextSpeech_NotTheRunningOne()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var kenya = list.GiveFloorToNext(Now);
        var kenyaEnds = kenya.EndsAt;

        list.ChangeLimits(new FloorLimits(TimeSpan.FromMinutes(2), null, null, null));
        var norway = list.GiveFloorToNext(Now);

        Assert.Equal(kenyaEnds, kenya.EndsAt);
        Assert.Equal(Now.AddMinutes(2), norway.EndsAt);
    }

    [Fact]
    public void Remaining_AfterTheEndTime_IsNegative()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);

        _time.Advance(TimeSpan.FromSeconds(200));

        Assert.Equal(TimeSpan.FromSeconds(-20), speech.Remaining(Now));
    }
}
