using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Lifecycle;

/// <summary>The same lifecycle on PostgreSQL, where transactions run side by side and the chain's head row lock orders appends.</summary>
public sealed class LifecyclePostgres : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync(DatabaseProvider.Postgres);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public Task Close_MidSpeech_IsRefused_EndAndClose_EndsItFirst_AndTheRecordHoldsWhatClientsSaw() =>
        LifecycleScenarios.CloseMidSpeechThenEndAndCloseAsync(_world);

    [Fact]
    public Task Record_HoldsTheSpeechTheVoteAndTheDecision_AsTheClientsSawThem() => RecordScenarios.RecordMatchesWhatClientsSawAsync(_world);

    [Fact]
    public Task AfterClose_EveryFloorAndLifecycleCommand_IsRefusedWithSessionClosed_VersionsUnchanged() =>
        LifecycleScenarios.EverythingRefusedAfterCloseAsync(_world);

    [Fact]
    public Task AuditRowEditedOrRemovedInTheDatabase_VerificationNamesIt() => LifecycleScenarios.TamperedAuditIsNamedAsync(_world);

    [Fact]
    public Task Corrections_OwnEntriesOnly_AcceptedOnesIssuedAsCorrigenda_TheRecordUnchanged() => CorrectionScenarios.CorrectionsFlowAsync(_world);

    [Fact]
    public Task TenDelegationsRequestAtOnce_TheAuditChainStaysIntact() => AuditChainScenarios.ConcurrentAppendsAsync(_world);
}
