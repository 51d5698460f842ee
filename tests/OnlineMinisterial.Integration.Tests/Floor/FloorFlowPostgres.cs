using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Floor;

/// <summary>
/// The floor's flows on PostgreSQL, where transactions really run side by side: the session lock, not SQLite's
/// single writer, is what keeps concurrent commands in order here.
/// </summary>
public sealed class FloorFlowPostgres : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync(DatabaseProvider.Postgres);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public Task ChairRunsTheList_EveryWatcherSeesEachVersionInOrder_AndTheSpeechesAreRecorded() =>
        FloorScenarios.CoreFlowAsync(_world);

    [Fact]
    public Task TwoChairsPressNextAtOnce_ExactlyOneTransition_TheOtherGetsAVersionConflict() =>
        FloorScenarios.TwoChairsAtOnceAsync(_world);

    [Fact]
    public Task SixtyDelegationsRequestAtOnce_EachListedOnce_EveryWatcherSeesEachVersionOnceInOrder_PointOfOrderTakenFirst() =>
        FloorScenarios.EveryDelegationAtOnceAsync(_world);
}
