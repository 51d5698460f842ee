namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelAnonymityTests
{
    [Fact]
    public async Task AnonymousQuestion_ItsAuthorIsInNoPayloadToDelegatesOrObservers_ButInTheModerators()
    {
        await using var world = await PanelWorld.StartAsync();
        await PanelScenarios.AnonymousAuthorHiddenAsync(world);
    }

    [Fact]
    public async Task NamedQuestion_ShowsItsDelegationToEveryone()
    {
        await using var world = await PanelWorld.StartAsync();
        var author = await world.DelegateAsync("KEN");
        var observer = await world.ObserverAsync();

        var asked = await author.AskAsync(world.PanelId, "What works in Kenya?");
        var seen = await observer.QuestionChangeAsync(asked.Version);

        Assert.Equal("KEN", seen.Question!.Asker!.Delegation.Code);
        Assert.Equal(author.PersonId, seen.Question.Asker.PersonId);
        Assert.Contains(asked.Question.Id, (await author.PanelAsync(world.PanelId)).Me.Questions.Select(q => q.Id));
    }
}
