using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Floor;

namespace OnlineMinisterial.Integration.Tests.Floor;

public sealed class FloorReadTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task FloorEndpoint_ReturnsTheHubsSnapshot_WithTotalsOnlyForTheChair()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var kaz = await _world.DelegateAsync("KAZ");
        var request = await kaz.RequestAsync(sessionId);
        var given = await chair.ModerateAsync("GiveFloorToNext", sessionId, request.Version);
        await chair.ModerateAsync("EndSpeech", sessionId, given.Version);

        var forDelegate = await kaz.Participant.GetAsync<FloorSnapshot>($"/api/sessions/{sessionId}/floor");
        var forChair = await chair.Participant.GetAsync<FloorSnapshot>($"/api/sessions/{sessionId}/floor");

        Assert.Equal(3, forDelegate!.Version);
        Assert.Null(forDelegate.Totals);
        var total = Assert.Single(forChair!.Totals!);
        Assert.Equal("KAZ", total.Delegation.Code);
        Assert.Equal("Kazakhstan", total.Delegation.Name);
        Assert.Equal(1, total.Count);
        Assert.Equal(forChair.Speeches.Single().DurationSeconds, total.SpokenSeconds);
    }

    [Fact]
    public async Task SpeechesEndpoint_RecordsTheRunningSpeechWithoutAnEnd()
    {
        var sessionId = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var observer = await _world.ConnectAsync(DemoLogins.Observer);
        await chair.ModerateAsync("AddSpeaker", sessionId, await _world.DelegationIdAsync("MEX"), Domain.Floor.RequestKind.Statement, 0);
        await chair.ModerateAsync("GiveFloorToNext", sessionId, 1);

        var speeches = await observer.Participant.GetAsync<List<SpeechRecord>>($"/api/sessions/{sessionId}/speeches");

        var running = Assert.Single(speeches!);
        Assert.Equal("MEX", running.Delegation.Code);
        Assert.Null(running.EndedAt);
        Assert.Null(running.DurationSeconds);
        Assert.Null(running.PersonName);
    }
}
