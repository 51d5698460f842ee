using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Integration.Tests.Floor;

public sealed class FloorIdempotencyTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RetryWithTheSameKey_ReturnsTheSameRequest_AndAddsNothing()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");

        var first = await kaz.RequestAsync(sessionId, key: "kaz-click-1");
        var retry = await kaz.RequestAsync(sessionId, key: "kaz-click-1");

        Assert.Equal(first, retry);
        var floor = await kaz.FloorAsync(sessionId);
        Assert.Equal(1, floor.Version);
        Assert.Single(floor.Waiting);
        Assert.Single(kaz.Changes.Received);
    }

    [Fact]
    public async Task RetryAfterTheRequestWasGiven_ReturnsThatRequest_NotANewOne()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var chair = await _world.ChairAsync();
        var first = await kaz.RequestAsync(sessionId, key: "kaz-click-1");
        var given = await chair.ModerateAsync("GiveFloorToNext", sessionId, first.Version);

        var retry = await kaz.RequestAsync(sessionId, key: "kaz-click-1");

        Assert.Equal(first.RequestId, retry.RequestId);
        Assert.Equal(RequestState.Speaking, retry.State);
        Assert.Null(retry.Position);
        Assert.Equal(given.Version, retry.Version);
        Assert.Empty((await kaz.FloorAsync(sessionId)).Waiting);
    }

    [Fact]
    public async Task RetryAfterWithdrawal_StaysWithdrawn_ButANewKeyAsksAgain()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var first = await kaz.RequestAsync(sessionId, key: "kaz-click-1");
        var withdrawn = await kaz.WithdrawAsync(sessionId, first.RequestId);
        Assert.Equal(withdrawn, await kaz.WithdrawAsync(sessionId, first.RequestId));

        var retry = await kaz.RequestAsync(sessionId, key: "kaz-click-1");
        Assert.Equal(first.RequestId, retry.RequestId);
        Assert.Equal(RequestState.Withdrawn, retry.State);
        Assert.Empty((await kaz.FloorAsync(sessionId)).Waiting);

        var again = await kaz.RequestAsync(sessionId, key: "kaz-click-2");
        Assert.NotEqual(first.RequestId, again.RequestId);
        Assert.Equal(1, again.Position);
        Assert.Equal(3, again.Version);
    }

    [Fact]
    public async Task ANewKeyWhileARequestIsOpen_GetsThatRequest_AndItsRetryDoesToo()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await _world.DelegateAsync("KAZ");
        var chair = await _world.ChairAsync();
        var first = await kaz.RequestAsync(sessionId, key: "kaz-click-1");
        var second = await kaz.RequestAsync(sessionId, key: "kaz-click-2");
        Assert.Equal(first.RequestId, second.RequestId);

        await chair.ModerateAsync("GiveFloorToNext", sessionId, first.Version);
        Assert.Equal(first.RequestId, (await kaz.RequestAsync(sessionId, key: "kaz-click-2")).RequestId);
    }

    [Fact]
    public async Task TheSameKeyFromAnotherDelegation_IsItsOwnRequest()
    {
        var sessionId = _world.LiveSessionId;
        var kaz = await (await _world.DelegateAsync("KAZ")).RequestAsync(sessionId, key: "same");
        var mex = await (await _world.DelegateAsync("MEX")).RequestAsync(sessionId, key: "same");

        Assert.NotEqual(kaz.RequestId, mex.RequestId);
        Assert.Equal(2, mex.Version);
    }
}
