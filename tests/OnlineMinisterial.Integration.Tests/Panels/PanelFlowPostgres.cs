using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Panels;

/// <summary>
/// The panel's flows on PostgreSQL, where transactions really run side by side: the session lock, not SQLite's
/// single writer, is what makes sixty simultaneous upvotes count one after another here.
/// </summary>
public sealed class PanelFlowPostgres : IAsyncLifetime
{
    private PanelWorld _world = null!;

    public async Task InitializeAsync() => _world = await PanelWorld.StartAsync(DatabaseProvider.Postgres);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public Task SixtyDelegates_UpvoteTheSameQuestionAtOnce_AllSixtyCount() => PanelScenarios.SixtyUpvotesAtOnceAsync(_world);

    [Fact]
    public Task AnonymousQuestion_ItsAuthorIsInNoAudiencePayload_ButInTheModerators() => PanelScenarios.AnonymousAuthorHiddenAsync(_world);

    [Fact]
    public Task AfterClose_EveryQuestionModerationAndStageCommand_IsRefusedWithSessionClosed_VersionsUnchanged() =>
        PanelAfterCloseScenario.EverythingRefusedAfterCloseAsync(_world);
}
