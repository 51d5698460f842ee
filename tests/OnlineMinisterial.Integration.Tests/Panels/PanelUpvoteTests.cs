using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelUpvoteTests
{
    [Fact]
    public async Task SixtyDelegates_UpvoteTheSameQuestionAtOnce_AllSixtyCount_AndEveryoneSeesSixty()
    {
        await using var world = await PanelWorld.StartAsync();
        await PanelScenarios.SixtyUpvotesAtOnceAsync(world);
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
