using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Lifecycle;
using OnlineMinisterial.Web.Features.Record;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>The language a delegation will speak: stored with its request, broadcast to everyone, checked on the way in.</summary>
public sealed class FloorLanguageTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RequestInAnotherLanguage_IsStoredAndBroadcast_WithItsInterpretation()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var mex = await _world.DelegateAsync("MEX");

        var receipt = await kaz.RequestAsync(sessionId, language: "KK", interpretedInto: "ru");
        var change = await mex.ChangeAsync(receipt.Version);

        var waiting = Assert.Single(change.Floor.Waiting, w => w.RequestId == receipt.RequestId);
        Assert.Equal(new SpeechLanguageView("kk", "ru"), waiting.Language);
        var stored = await _world.Host.WithDbAsync(d => d.Set<FloorRequest>().AsNoTracking().SingleAsync(r => r.Id == receipt.RequestId));
        Assert.Equal(("kk", "ru"), (stored.Language, stored.InterpretedInto));
    }

    [Fact]
    public async Task OfficialLanguage_NeedsNoInterpretation_AndFollowsTheSpeakerToTheRecord()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var chair = await _world.ChairAsync();

        var receipt = await kaz.PointOfOrderAsync(sessionId, language: "fr", interpretedInto: "en");
        var given = await chair.ModerateAsync("GiveFloorToNext", sessionId, receipt.Version);
        Assert.Equal(new SpeechLanguageView("fr", null), given.Current!.Language);

        var ended = await chair.ModerateAsync("EndSpeech", sessionId, given.Version);
        var speeches = await kaz.Participant.GetAsync<List<SpeechRecord>>($"/api/sessions/{sessionId}/speeches");
        Assert.Equal(new SpeechLanguageView("fr", null), Assert.Single(speeches!).Language);
        Assert.Equal(new SpeechLanguageView("fr", null), Assert.Single(ended.Speeches).Language);
    }

    [Fact]
    public async Task RecordOfProceedings_SaysEachSpeechsLanguage()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var chair = await _world.ChairAsync();
        var asked = await kaz.RequestAsync(sessionId, language: "kk", interpretedInto: "ru");
        var given = await chair.ModerateAsync("GiveFloorToNext", sessionId, asked.Version);
        await chair.ModerateAsync("EndSpeech", sessionId, given.Version);
        var state = await chair.Connection.InvokeAsync<SessionStateView>("GetSessionState", sessionId);
        await chair.Connection.InvokeAsync<SessionStateView>("CloseSession", sessionId, false, state.Version);

        var record = RecordJson.Read(await kaz.Participant.Http.GetStringAsync($"/api/sessions/{sessionId}/record"));

        var speech = Assert.Single(record.Speeches);
        Assert.Equal(("kk", "ru"), (speech.Language, speech.InterpretedInto));
    }

    [Theory]
    [InlineData(null, null, FloorErrors.LanguageUnknown)]
    [InlineData("xx", null, FloorErrors.LanguageUnknown)]
    [InlineData("french", "en", FloorErrors.LanguageUnknown)]
    [InlineData("kk", null, FloorErrors.InterpretationRequired)]
    [InlineData("kk", "de", FloorErrors.InterpretationRequired)]
    public async Task UnknownLanguage_OrMissingInterpretation_IsRefused_AndChangesNothing(string? language, string? into, string code)
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var before = (await kaz.FloorAsync(sessionId)).Version;

        await Refused.WithAsync(code, () => kaz.RequestAsync(sessionId, language: language, interpretedInto: into));
        await Refused.WithAsync(code, () => kaz.PointOfOrderAsync(sessionId, language: language, interpretedInto: into));

        var after = await kaz.FloorAsync(sessionId);
        Assert.Equal(before, after.Version);
        Assert.DoesNotContain(after.Waiting, w => w.Delegation.Code == "KAZ");
    }
}
