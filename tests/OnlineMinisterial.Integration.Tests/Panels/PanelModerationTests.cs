using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelModerationTests
{
    [Fact]
    public async Task PreModeration_APendingQuestionIsSeenOnlyByItsAuthorAndTheModerator_UntilApproved_AndTheAuthorIsTold()
    {
        await using var world = await PanelWorld.StartAsync();
        var author = await world.DelegateAsync("KEN");
        var other = await world.DelegateAsync("MEX");
        var moderator = await world.ModeratorAsync();
        await moderator.InvokeAsync<BoardView>("SetPreModeration", world.PanelId, true);

        var asked = await author.AskAsync(world.PanelId, "Awaiting approval");
        var hidden = await other.QuestionChangeAsync(asked.Version);
        var queued = await moderator.QuestionChangeAsync(asked.Version);

        Assert.Equal(QuestionState.Pending, asked.Question.State);
        Assert.Null(hidden.Question);
        Assert.Equal(QuestionState.Pending, queued.Question!.State);
        Assert.Empty((await other.PanelAsync(world.PanelId)).Board.Questions);
        Assert.Single((await author.PanelAsync(world.PanelId)).Me.Questions);
        var upvote = await Refused.ByAsync(() => other.UpvoteAsync(world.PanelId, asked.Question.Id));
        Assert.Equal("question.not_open", upvote.Code);

        var approved = await moderator.InvokeAsync<BoardView>("Approve", world.PanelId, asked.Question.Id);
        var shown = await other.QuestionChangeAsync(approved.Version);
        var notice = await author.EventAsync<QuestionNotice>(nameof(IPanelClient.YourQuestionApproved), n => n.QuestionId == asked.Question.Id);

        Assert.Equal(QuestionState.Open, shown.Question!.State);
        Assert.Equal("Awaiting approval", notice.Text);
        Assert.Empty(other.Events<QuestionNotice>(nameof(IPanelClient.YourQuestionApproved)));
    }

    [Fact]
    public async Task PinAnswerRestore_OnePinnedAtATime_ReachEveryoneInVersionOrder()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var observer = await world.ObserverAsync();
        var moderator = await world.ModeratorAsync();
        var first = (await asker.AskAsync(world.PanelId, "First")).Question.Id;
        var second = (await asker.AskAsync(world.PanelId, "Second")).Question.Id;

        await moderator.InvokeAsync<BoardView>("Pin", world.PanelId, first);
        var pinnedSecond = await moderator.InvokeAsync<BoardView>("Pin", world.PanelId, second);
        var answered = await moderator.InvokeAsync<BoardView>("MarkAnswered", world.PanelId, second);
        var restored = await moderator.InvokeAsync<BoardView>("Restore", world.PanelId, second);

        Assert.Equal(second, pinnedSecond.PinnedQuestionId);
        Assert.Null(answered.PinnedQuestionId);
        Assert.Equal(QuestionState.Answered, answered.Questions.Single(q => q.Id == second).State);
        Assert.Equal(QuestionState.Open, restored.Questions.Single(q => q.Id == second).State);
        await observer.QuestionChangeAsync(restored.Version);
        var changes = observer.Events<QuestionChange>(nameof(IPanelClient.QuestionChanged)).OrderBy(c => c.Version).ToList();
        Assert.Equal(Enumerable.Range(1, restored.Version), changes.Select(c => c.Version));
        Assert.Equal(["question.submitted", "question.submitted", "question.pinned", "question.pinned", "question.answered", "question.restored"],
            changes.Select(c => c.Change));
        Assert.Equal(QuestionState.Answered, changes[4].Question!.State);
        Assert.Null(changes[4].PinnedQuestionId);
    }

    [Fact]
    public async Task Dismiss_RemovesTheQuestionForTheAudience_AndTellsOnlyItsAuthor()
    {
        await using var world = await PanelWorld.StartAsync();
        var author = await world.DelegateAsync("KEN");
        var other = await world.DelegateAsync("MEX");
        var moderator = await world.ModeratorAsync();
        var id = (await author.AskAsync(world.PanelId, "Off topic")).Question.Id;

        var board = await moderator.InvokeAsync<BoardView>("Dismiss", world.PanelId, id);
        var removed = await other.QuestionChangeAsync(board.Version);
        var notice = await author.EventAsync<QuestionNotice>(nameof(IPanelClient.YourQuestionDismissed), n => n.QuestionId == id);

        Assert.Equal("question.dismissed", removed.Change);
        Assert.Null(removed.Question);
        Assert.Equal(QuestionState.Dismissed, notice.State);
        Assert.Empty(other.Events<QuestionNotice>(nameof(IPanelClient.YourQuestionDismissed)));
        Assert.Empty((await other.PanelAsync(world.PanelId)).Board.Questions);
        Assert.Equal(QuestionState.Dismissed, (await author.PanelAsync(world.PanelId)).Me.Questions.Single().State);
    }

    [Fact]
    public async Task VideoLink_SetByTheModerator_ReachesEveryone_AndABadLinkIsRefused()
    {
        await using var world = await PanelWorld.StartAsync();
        var observer = await world.ObserverAsync();
        var moderator = await world.ModeratorAsync();

        var set = await moderator.InvokeAsync<VideoLinkChange>("SetVideoUrl", world.PanelId, "https://video.example/panel-1");
        var seen = await observer.EventAsync<VideoLinkChange>(nameof(IPanelClient.VideoLinkChanged), c => c.SessionVersion == set.SessionVersion);
        var bad = await Refused.ByAsync(() => moderator.InvokeAsync<VideoLinkChange>("SetVideoUrl", world.PanelId, "javascript:alert(1)"));

        Assert.Equal("https://video.example/panel-1", seen.VideoUrl);
        Assert.Equal("session.video_link_invalid", bad.Code);
        Assert.Equal("https://video.example/panel-1", (await observer.PanelAsync(world.PanelId)).VideoUrl);
    }
}
