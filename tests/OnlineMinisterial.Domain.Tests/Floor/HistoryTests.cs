using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class HistoryTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void EndSpeech_RecordsWhoWhatWhenAndSpokenDuration()
    {
        var list = new SpeakerListBuilder(_time).Build();
        list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, Now, "amina");
        var startedAt = Now;
        var speech = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromSeconds(60));
        list.Pause(Now);
        _time.Advance(TimeSpan.FromSeconds(30));
        list.Resume(Now);
        _time.Advance(TimeSpan.FromSeconds(90));

        list.EndSpeech(Now);

        var recorded = Assert.Single(list.Speeches);
        Assert.Same(speech, recorded);
        Assert.Equal(Kenya, recorded.DelegationId);
        Assert.Equal("amina", recorded.PersonId);
        Assert.Equal(RequestKind.Statement, recorded.Kind);
        Assert.Equal(startedAt, recorded.StartedAt);
        Assert.Equal(startedAt.AddSeconds(180), recorded.EndedAt);
        Assert.Equal(TimeSpan.FromSeconds(30), recorded.TotalPaused);
        Assert.Equal(TimeSpan.FromSeconds(150), recorded.SpokenDuration);
    }

    [Fact]
    public void EndSpeech_WhilePaused_CountsThePauseUpToTheEnd()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromSeconds(100));
        list.Pause(Now);
        _time.Advance(TimeSpan.FromSeconds(40));

        list.EndSpeech(Now);

        Assert.False(speech.IsPaused);
        Assert.Equal(TimeSpan.FromSeconds(40), speech.TotalPaused);
        Assert.Equal(TimeSpan.FromSeconds(100), speech.SpokenDuration);
        Assert.Equal(TimeSpan.FromSeconds(80), speech.Remaining(Now.AddHours(1)));
    }

    [Fact]
    public void Remaining_OfOverrunSpeech_StaysAtItsFinalOverrun()
    {
        var list = new SpeakerListBuilder(_time).RightOfReply(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromSeconds(75));
        list.EndSpeech(Now);

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromSeconds(-15), speech.Remaining(Now));
    }

    [Fact]
    public void SpokenDuration_WhileRunning_IsNull()
    {
        var list = new SpeakerListBuilder(_time).Statement(Kenya).Build();
        var speech = list.GiveFloorToNext(Now);
        Assert.Null(speech.SpokenDuration);
    }

    [Fact]
    public void Speeches_KeepEveryTurnInTheOrderGiven()
    {
        var list = new SpeakerListBuilder(_time)
            .Spoke(Kenya, TimeSpan.FromMinutes(3))
            .Spoke(Chile, TimeSpan.FromSeconds(30), RequestKind.PointOfOrder)
            .Spoke(Kenya, TimeSpan.FromMinutes(1), RequestKind.RightOfReply)
            .Build();

        Assert.Equal(new[] { Kenya, Chile, Kenya }, list.Speeches.Select(s => s.DelegationId));
        Assert.Equal(
            new[] { RequestKind.Statement, RequestKind.PointOfOrder, RequestKind.RightOfReply },
            list.Speeches.Select(s => s.Kind));
        Assert.All(list.Requests, r => Assert.Equal(RequestState.Done, r.State));
    }

    [Fact]
    public void SpeakingTotals_SumSpokenTimeAndCountPerDelegation()
    {
        var list = new SpeakerListBuilder(_time)
            .Spoke(Kenya, TimeSpan.FromMinutes(3))
            .Spoke(Norway, TimeSpan.FromSeconds(150))
            .Spoke(Kenya, TimeSpan.FromSeconds(45), RequestKind.RightOfReply)
            .Build();

        var totals = list.SpeakingTotals();

        Assert.Equal(new SpeakingTotal(TimeSpan.FromSeconds(225), 2), totals[Kenya]);
        Assert.Equal(new SpeakingTotal(TimeSpan.FromSeconds(150), 1), totals[Norway]);
        Assert.Equal(2, totals.Count);
    }

    [Fact]
    public void SpeakingTotals_LeaveOutPausesAndTheRunningSpeech()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromSeconds(60));
        list.Pause(Now);
        _time.Advance(TimeSpan.FromSeconds(60));
        list.Resume(Now);
        _time.Advance(TimeSpan.FromSeconds(60));
        list.GiveFloorToNext(Now);
        _time.Advance(TimeSpan.FromMinutes(2));

        var totals = list.SpeakingTotals();

        Assert.Equal(new SpeakingTotal(TimeSpan.FromSeconds(120), 1), totals[Kenya]);
        Assert.False(totals.ContainsKey(Norway));
    }
}
