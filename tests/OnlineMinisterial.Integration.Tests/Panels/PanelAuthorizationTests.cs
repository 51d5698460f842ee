using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelAuthorizationTests
{
    [Fact]
    public async Task Delegate_CannotModerate_AnyCommand_AndNothingChanges()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var other = await world.DelegateAsync("MEX");
        var moderator = await world.ModeratorAsync();
        await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, other.PersonId);
        var id = (await asker.AskAsync(world.PanelId, "Pin me?")).Question.Id;
        var before = await other.PanelAsync(world.PanelId);

        (string Method, object?[] Args)[] commands =
        [
            ("Pin", [world.PanelId, id]),
            ("Unpin", [world.PanelId]),
            ("MarkAnswered", [world.PanelId, id]),
            ("Restore", [world.PanelId, id]),
            ("Dismiss", [world.PanelId, id]),
            ("Approve", [world.PanelId, id]),
            ("SetPreModeration", [world.PanelId, true]),
            ("PutOnStage", [world.PanelId, asker.PersonId]),
            ("TakeOffStage", [world.PanelId, other.PersonId]),
            ("SetVideoUrl", [world.PanelId, "https://video.example/room"]),
        ];
        foreach (var (method, args) in commands)
        {
            var (code, _) = await Refused.ByAsync(() => other.InvokeAsync<object>(method, args));
            Assert.True(code == "auth.not_moderator", $"{method} gave {code}");
        }

        var after = await other.PanelAsync(world.PanelId);
        Assert.Equal(before.Board.Version, after.Board.Version);
        Assert.Equal(before.Stage.Version, after.Stage.Version);
        Assert.Equal(before.SessionVersion, after.SessionVersion);
        Assert.Null(after.Board.PinnedQuestionId);
        Assert.Equal([other.PersonId], after.Stage.Panelists.Select(p => p.PersonId));
        Assert.Equal(0, await world.AuditCountAsync("question.pinned") + await world.AuditCountAsync("question.answered")
            + await world.AuditCountAsync("question.dismissed") + await world.AuditCountAsync("session.video_link_set"));
    }

    [Fact]
    public async Task Observer_CannotAskOrUpvote()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var observer = await world.ObserverAsync();
        var asked = await asker.AskAsync(world.PanelId, "Observers watch?");

        var ask = await Refused.ByAsync(() => observer.AskAsync(world.PanelId, "May I?"));
        var vote = await Refused.ByAsync(() => observer.UpvoteAsync(world.PanelId, asked.Question.Id));

        Assert.Equal("auth.not_delegate", ask.Code);
        Assert.Equal("auth.not_delegate", vote.Code);
        var board = (await observer.PanelAsync(world.PanelId)).Board;
        Assert.Equal(asked.Version, board.Version);
        Assert.Equal(0, board.Questions.Single().Votes);
    }

    [Fact]
    public async Task Secretariat_ModeratesLikeTheModerator_AndTheAuditNamesThem()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var secretariat = await world.JoinAsync(DemoLogins.Secretariat);
        var id = (await asker.AskAsync(world.PanelId, "Secretariat?")).Question.Id;

        var board = await secretariat.InvokeAsync<BoardView>("Pin", world.PanelId, id);

        Assert.Equal(id, board.PinnedQuestionId);
        Assert.Equal(1, await world.AuditCountAsync("question.pinned"));
    }
}
