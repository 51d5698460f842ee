namespace OnlineMinisterial.Integration.Tests.Floor;

public sealed class FloorFlowTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

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
