using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Lifecycle;
using OnlineMinisterial.Web.Features.Media;

namespace OnlineMinisterial.Integration.Tests.Media;

/// <summary>
/// Against the real Janus on loopback: the host creates and destroys rooms with the sessions, lists exactly the
/// publisher tokens the floor allows, removes a speaker when the floor moves on, and Janus refuses everyone else.
/// Every fact is read back through Janus's own API.
/// </summary>
[Collection(SharedJanus.Name)]
public sealed class JanusRoomTests : IAsyncLifetime
{
    private const int Unauthorized = 433;
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync(settings: TestJanus.Settings());

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task OpeningASession_CreatesItsRoom_ClosingIt_DestroysIt()
    {
        var id = await _world.ScheduledSessionIdAsync();
        var chair = await _world.ConnectAsync(DemoLogins.Chair);
        await chair.JoinAsync(id);
        Assert.False(await MediaRoom.ExistsAsync(_world, id));

        var state = await chair.Connection.InvokeAsync<SessionStateView>("GetSessionState", id);
        state = await chair.Connection.InvokeAsync<SessionStateView>("OpenSessionNow", id, state.Version);
        Assert.True(await TestJanus.EventuallyAsync(() => MediaRoom.ExistsAsync(_world, id), TimeSpan.FromSeconds(1)));

        await chair.Connection.InvokeAsync<SessionStateView>("CloseSession", id, false, state.Version);
        Assert.True(await TestJanus.EventuallyAsync(async () => !await MediaRoom.ExistsAsync(_world, id), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task TheLiveSessionsRoom_IsThereAfterStart_AndComesBackWhenJanusLostIt()
    {
        var id = _world.LiveSessionId;
        Assert.True(await TestJanus.EventuallyAsync(() => MediaRoom.ExistsAsync(_world, id)));

        await using (var admin = await TestJanus.Admin())
            await admin.RequestAsync(new() { ["request"] = "destroy", ["room"] = MediaRoom.Id(_world, id), ["secret"] = MediaRoom.Secret(_world, id) });
        Assert.False(await MediaRoom.ExistsAsync(_world, id));

        Assert.True(await TestJanus.EventuallyAsync(() => MediaRoom.ExistsAsync(_world, id), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task GivingTheFloor_LetsThatDelegatePublish_EndingIt_RemovesTheirPublisher_AndTheirTokenNoLongerJoins()
    {
        var id = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var kaz = await _world.DelegateAsync("KAZ");
        Assert.True(await TestJanus.EventuallyAsync(() => MediaRoom.ExistsAsync(_world, id)));
        Assert.Null((await MediaRoom.JoinInfoAsync(kaz, id)).Publish);

        await kaz.RequestAsync(id);
        var floor = await chair.FloorAsync(id);
        floor = await chair.ModerateAsync("GiveFloorToNext", id, floor.Version);
        var join = await MediaRoom.JoinInfoAsync(kaz, id);
        var publish = Assert.IsType<MediaPublish>(join.Publish);
        Assert.Equal(join.Feeds!.Speaker, publish.Feed);
        Assert.True(await TestJanus.EventuallyAsync(async () => (await MediaRoom.AllowedAsync(_world, id)).Contains(publish.Token), TimeSpan.FromSeconds(1)));

        var (speaker, joined) = await MediaRoom.JoinAsPublisherAsync(join, join.Room!.Value, join.Pin!, publish.Feed, publish.Token);
        await using (speaker)
        {
            Assert.Null(MediaRoom.ErrorCode(joined));
            Assert.Equal("joined", joined["videoroom"]!.GetValue<string>());
            Assert.Contains(publish.Feed, await MediaRoom.ParticipantsAsync(_world, id));

            await chair.ModerateAsync("EndSpeech", id, floor.Version);
            Assert.True(await TestJanus.EventuallyAsync(async () => !(await MediaRoom.ParticipantsAsync(_world, id)).Contains(publish.Feed),
                TimeSpan.FromSeconds(1)));
            Assert.DoesNotContain(publish.Token, await MediaRoom.AllowedAsync(_world, id));
        }

        var (again, refused) = await MediaRoom.JoinAsPublisherAsync(join, join.Room.Value, join.Pin!, publish.Feed, publish.Token);
        await using (again) Assert.Equal(Unauthorized, MediaRoom.ErrorCode(refused));
    }

    [Fact]
    public async Task APublishAttempt_WithoutTheFloor_IsRefusedByJanus_EvenUnderTheSpeakersFeed()
    {
        var id = _world.LiveSessionId;
        var chair = await _world.ChairAsync();
        var kaz = await _world.DelegateAsync("KAZ");
        var usa = await _world.DelegateAsync("USA");
        Assert.True(await TestJanus.EventuallyAsync(() => MediaRoom.ExistsAsync(_world, id)));
        await kaz.RequestAsync(id);
        await chair.ModerateAsync("GiveFloorToNext", id, (await chair.FloorAsync(id)).Version);

        var join = await MediaRoom.JoinInfoAsync(usa, id);
        Assert.Null(join.Publish);
        // USA has its Janus token and the room's PIN (it watches), but no room token: with its Janus token, with none,
        // with a guess, Janus lets no one in as a publisher.
        foreach (var token in new[] { join.Token, null, "guess" })
        {
            var (session, answer) = await MediaRoom.JoinAsPublisherAsync(join, join.Room!.Value, join.Pin!, join.Feeds!.Speaker!.Value, token);
            await using (session) Assert.Equal(Unauthorized, MediaRoom.ErrorCode(answer));
        }
        Assert.Empty(await MediaRoom.ParticipantsAsync(_world, id));
    }

    [Fact]
    public async Task ATokenForAnotherSession_IsRefusedByJanus()
    {
        var live = _world.LiveSessionId;
        var other = await _world.ScheduledSessionIdAsync();
        var chair = await _world.ConnectAsync(DemoLogins.Chair);
        await chair.JoinAsync(other);
        var state = await chair.Connection.InvokeAsync<SessionStateView>("GetSessionState", other);
        await chair.Connection.InvokeAsync<SessionStateView>("OpenSessionNow", other, state.Version);
        Assert.True(await TestJanus.EventuallyAsync(() => MediaRoom.ExistsAsync(_world, other)));

        var inLive = await MediaRoom.JoinInfoAsync(chair, live);
        var inOther = await MediaRoom.JoinInfoAsync(chair, other);
        var liveToken = Assert.IsType<MediaPublish>(inLive.Publish).Token;
        var (session, answer) = await MediaRoom.JoinAsPublisherAsync(inOther, inOther.Room!.Value, inOther.Pin!, inOther.Publish!.Feed, liveToken);
        await using (session) Assert.Equal(Unauthorized, MediaRoom.ErrorCode(answer));

        var (own, joined) = await MediaRoom.JoinAsPublisherAsync(inOther, inOther.Room.Value, inOther.Pin!, inOther.Publish.Feed, inOther.Publish.Token);
        await using (own) Assert.Null(MediaRoom.ErrorCode(joined));
    }
}

/// <summary>The tests that share the one Janus run one after another, so that none sees another's rooms change.</summary>
[CollectionDefinition(Name)]
public sealed class SharedJanus
{
    public const string Name = "Janus";
}
