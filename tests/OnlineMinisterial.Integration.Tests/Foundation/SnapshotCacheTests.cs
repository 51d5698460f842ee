using OnlineMinisterial.Integration.Tests.Floor;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>The snapshot caches of their version on SQLite (<see cref="SnapshotCacheScenarios"/>).</summary>
public sealed class SnapshotCacheTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public Task FloorChangedBetweenTwoJoins_TheSecondJoinSeesTheChange() =>
        SnapshotCacheScenarios.FloorChangedBetweenTwoJoins_TheSecondJoinSeesTheChangeAsync(_world);

    [Fact]
    public Task ChairsTotals_NeverReachADelegateFromTheCache_NorADelegatesReadTheChair() =>
        SnapshotCacheScenarios.ChairsTotals_NeverReachADelegateFromTheCache_NorADelegatesReadTheChairAsync(_world);

    [Fact]
    public Task PresenceChangedBetweenTwoReads_TheSecondCountsTheArrival() =>
        SnapshotCacheScenarios.PresenceChangedBetweenTwoReads_TheSecondCountsTheArrivalAsync(_world);
}
