using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;

namespace OnlineMinisterial.Integration.Tests.Floor;

public sealed class FloorAuditTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task EveryChange_WritesOneAuditEntry_AndRefusalsRetriesAndNoOpsWriteNone()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var kaz = await _world.DelegateAsync("KAZ");
        var mex = await _world.DelegateAsync("MEX");

        var kazRequest = await kaz.RequestAsync(sessionId, key: "k1");
        await kaz.RequestAsync(sessionId, key: "k1");                                     // retry: no change
        var mexRequest = await mex.RequestAsync(sessionId);
        await Refused.WithAsync("auth.not_your_delegation", () => mex.WithdrawAsync(sessionId, kazRequest.RequestId));
        var v = (await chair.ModerateAsync("MoveRequest", sessionId, mexRequest.RequestId, 1, 2)).Version;
        v = (await chair.ModerateAsync("ApplyProtocolOrder", sessionId, v)).Version;       // both ministers: KAZ asked first
        v = (await chair.ModerateAsync("ApplyProtocolOrder", sessionId, v)).Version;       // already in order: no change
        v = (await chair.ModerateAsync("GiveFloorToNext", sessionId, v)).Version;
        await Refused.WithAsync("version.conflict", () => chair.ModerateAsync("EndSpeech", sessionId, v - 1));
        v = (await chair.ModerateAsync("PauseSpeech", sessionId, v)).Version;
        v = (await chair.ModerateAsync("ResumeSpeech", sessionId, v)).Version;
        v = (await chair.ModerateAsync("ExtendSpeech", sessionId, 15, v)).Version;
        v = (await chair.ModerateAsync("EndSpeech", sessionId, v)).Version;
        v = (await chair.ModerateAsync("CloseList", sessionId, v)).Version;
        v = (await chair.ModerateAsync("CloseList", sessionId, v)).Version;               // already closed: no change
        v = (await chair.ModerateAsync("ReAddLastSpeaker", sessionId, v)).Version;
        v = (await chair.ModerateAsync("ReopenList", sessionId, v)).Version;
        v = (await chair.ModerateAsync("AddSpeaker", sessionId, await _world.DelegationIdAsync("USA"), RequestKind.RightOfReply, v)).Version;
        v = (await chair.ModerateAsync("SetLimits", sessionId, new Web.Features.Floor.FloorLimitsView(240, 300, 60, null), v)).Version;
        v = (await chair.ModerateAsync("RemoveRequest", sessionId, mexRequest.RequestId, v)).Version;
        var usaRequest = (await kaz.FloorAsync(sessionId)).Waiting.Single(w => w.Delegation.Code == "USA").RequestId;
        await Refused.WithAsync("auth.not_your_delegation", () => kaz.WithdrawAsync(sessionId, usaRequest));

        var entries = await _world.Host.WithDbAsync(db => db.AuditEntries
            .Where(e => e.SubjectType == "SpeakerList" && e.SubjectId == sessionId.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            ["floor.requested", "floor.requested", "floor.moved", "floor.protocol_order_applied", "floor.given", "floor.paused", "floor.resumed", "floor.extended",
             "floor.ended", "floor.list_closed", "floor.last_speaker_readded", "floor.list_reopened", "floor.added",
             "floor.limits_changed", "floor.removed"],
            entries.Select(e => e.Action));
        Assert.Equal(v, entries.Count);
        var kazId = await _world.DelegationIdAsync("KAZ");
        Assert.Equal(kazId, entries[0].ActorDelegationId);
        Assert.Contains(kazRequest.RequestId.ToString(), entries[0].Details, StringComparison.Ordinal);
        var chairId = await _world.Host.WithDbAsync(db => db.Users.Where(u => u.Email == DemoLogins.Chair).Select(u => u.Id).SingleAsync());
        Assert.All(entries.Skip(2), e => Assert.Equal(chairId, e.ActorId));
    }
}
