namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelAfterCloseTests
{
    [Fact]
    public async Task AfterClose_EveryQuestionModerationAndStageCommand_IsRefusedWithSessionClosed_VersionsUnchanged()
    {
        await using var world = await PanelWorld.StartAsync();
        await PanelAfterCloseScenario.EverythingRefusedAfterCloseAsync(world);
    }
}
