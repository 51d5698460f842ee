using OnlineMinisterial.Integration.Tests.Floor;

namespace OnlineMinisterial.Integration.Tests.Lifecycle;

/// <summary>The lifecycle on SQLite, the embedded default.</summary>
public sealed class LifecycleTests : IAsyncLifetime
{
    private FloorWorld _world = null!;

    public async Task InitializeAsync() => _world = await FloorWorld.StartAsync();

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
    public Task Suspend_PausesTheSpeech_Resume_RunsItAgain() => LifecycleScenarios.SuspendPausesTheSpeechAsync(_world);

    [Fact]
    public Task AuditRowEditedOrRemovedInTheDatabase_VerificationNamesIt() => LifecycleScenarios.TamperedAuditIsNamedAsync(_world);

    [Fact]
    public Task Corrections_OwnEntriesOnly_AcceptedOnesIssuedAsCorrigenda_TheRecordUnchanged() => CorrectionScenarios.CorrectionsFlowAsync(_world);
}
