using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelUpvoteTests
{
    [Fact]
    public async Task SixtyDelegates_UpvoteTheSameQuestionAtOnce_AllSixtyCount_AndEveryoneSeesSixty()
    {
        await using var world = await PanelWorld.StartAsync();
        var codes = await world.Host.WithDbAsync(d => d.Delegations.OrderBy(x => x.Code).Select(x => x.Code).ToListAsync());
        Assert.Equal(60, codes.Count);
        var delegates = new List<PanelClient>();
        // Signed in a few at a time: sixty password checks at once would time out handshakes on a small test machine.
        foreach (var batch in codes.Chunk(6)) delegates.AddRange(await Task.WhenAll(batch.Select(world.DelegateAsync)));
        var observer = await world.ObserverAsync();
        var asked = await delegates[0].AskAsync(world.PanelId, "Should precursor controls be harmonised?");

        var receipts = await Task.WhenAll(delegates.Select(d => d.UpvoteAsync(world.PanelId, asked.Question.Id)));

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

    [Fact]
    public async Task Upvote_Twice_CountsOnce_AndWithdrawTakesItBack()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var voter = await world.DelegateAsync("MEX");
        var asked = await asker.AskAsync(world.PanelId, "How do we share early warnings?");

        var first = await voter.UpvoteAsync(world.PanelId, asked.Question.Id);
        var again = await voter.UpvoteAsync(world.PanelId, asked.Question.Id);
        var withdrawn = await voter.InvokeAsync<VoteReceipt>("WithdrawUpvote", world.PanelId, asked.Question.Id);

        Assert.Equal((1, true), (first.Votes, first.Upvoted));
        Assert.Equal((1, true, first.Version), (again.Votes, again.Upvoted, again.Version));
        Assert.Equal((0, false, first.Version + 1), (withdrawn.Votes, withdrawn.Upvoted, withdrawn.Version));
        Assert.Empty((await voter.PanelAsync(world.PanelId)).Me.Upvoted);
    }
}
