using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelAnonymityTests
{
    [Fact]
    public async Task AnonymousQuestion_ItsAuthorIsInNoPayloadToDelegatesOrObservers_ButInTheModerators()
    {
        await using var world = await PanelWorld.StartAsync();
        var author = await world.DelegateAsync("KEN");
        var other = await world.DelegateAsync("MEX");
        var observer = await world.ObserverAsync();
        var moderator = await world.ModeratorAsync();
        var delegation = await world.Host.WithDbAsync(d => Task.FromResult(d.Delegations.Single(x => x.Code == "KEN").Name));

        // Through every state a question can take, with pre-moderation on so the approval path is covered too.
        await moderator.InvokeAsync<BoardView>("SetPreModeration", world.PanelId, true);
        var asked = await author.AskAsync(world.PanelId, "Who finances the monitoring network?", anonymous: true);
        var id = asked.Question.Id;
        await moderator.InvokeAsync<BoardView>("Approve", world.PanelId, id);
        await other.UpvoteAsync(world.PanelId, id);
        await moderator.InvokeAsync<BoardView>("Pin", world.PanelId, id);
        await moderator.InvokeAsync<BoardView>("MarkAnswered", world.PanelId, id);
        var restored = await moderator.InvokeAsync<BoardView>("Restore", world.PanelId, id);
        await other.PanelAsync(world.PanelId);
        await observer.PanelAsync(world.PanelId);
        foreach (var client in new[] { other, observer, moderator }) await client.QuestionChangeAsync(restored.Version);
        var rest = await observer.Participant.Http.GetStringAsync($"/api/panels/{world.PanelId}");

        string[] secrets = [author.PersonId, author.DisplayName, delegation];
        foreach (var audience in new[] { other, observer })
        {
            Assert.NotEmpty(audience.Payloads);
            foreach (var payload in audience.Payloads)
                Assert.DoesNotContain(secrets, s => payload.Contains(s, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(audience.Payloads, p => p.Contains("Who finances the monitoring network?", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(secrets, s => rest.Contains(s, StringComparison.OrdinalIgnoreCase));
        Assert.Null(asked.Question.Asker);
        var seenByModerator = restored.Questions.Single(q => q.Id == id);
        Assert.True(seenByModerator.Anonymous);
        Assert.Equal((author.PersonId, author.DisplayName), (seenByModerator.Asker!.PersonId, seenByModerator.Asker.DisplayName));
        Assert.Contains(moderator.Payloads, p => p.StartsWith("QuestionChanged", StringComparison.Ordinal) && p.Contains(author.PersonId, StringComparison.Ordinal));
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
