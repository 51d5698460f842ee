using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

/// <summary>Flows run on every database provider: the same behaviour is asserted on SQLite and on PostgreSQL.</summary>
internal static class PanelScenarios
{
    /// <summary>Sixty delegations upvote one question at the same moment: every upvote counts, each once, in groups.</summary>
    public static async Task SixtyUpvotesAtOnceAsync(PanelWorld world)
    {
        var codes = await world.Host.WithDbAsync(d => d.Delegations.OrderBy(x => x.Code).Select(x => x.Code).ToListAsync());
        Assert.Equal(60, codes.Count);
        var delegates = new List<PanelClient>();
        // Signed in a few at a time: sixty password checks at once would time out handshakes on a small test machine.
        foreach (var batch in codes.Chunk(6)) delegates.AddRange(await Task.WhenAll(batch.Select(world.DelegateAsync)));
        var observer = await world.ObserverAsync();
        var asked = await delegates[0].AskAsync(world.PanelId, "Should precursor controls be harmonised?");

        using var groups = new CommandGroupSizes("board");
        var receipts = await Task.WhenAll(delegates.Select(d => d.UpvoteAsync(world.PanelId, asked.Question.Id)));
        // Those that arrived while a transaction ran were committed together, each still with its own version.
        Assert.True(groups.Largest > 1, "sixty upvotes at once were committed one by one");

        Assert.All(receipts, r => Assert.True(r.Upvoted));
        Assert.Equal(60, receipts.Max(r => r.Votes));
        // Each upvote ran on the board its predecessor left: versions 2..61, each once.
        Assert.Equal(Enumerable.Range(asked.Version + 1, 60), receipts.Select(r => r.Version).Order());
        var last = await observer.QuestionChangeAsync(asked.Version + 60);
        Assert.Equal(60, last.Question!.Votes);
        var snapshot = await observer.PanelAsync(world.PanelId);
        Assert.Equal(60, snapshot.Board.Questions.Single(q => q.Id == asked.Question.Id).Votes);
        Assert.Equal(60, await world.AuditCountAsync("question.upvoted"));
    }

    /// <summary>
    /// An anonymous question through every state it can take: its author is in no payload an audience connection
    /// receives (events, results, REST), and in the moderators'.
    /// </summary>
    public static async Task AnonymousAuthorHiddenAsync(PanelWorld world)
    {
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
}
