using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

public sealed class PanelQuestionRulesTests
{
    [Fact]
    public async Task EmptyOrTooLongQuestions_AreRefusedWithCodes_AndNothingIsAsked()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var observer = await world.ObserverAsync();

        var empty = await Refused.ByAsync(() => asker.AskAsync(world.PanelId, ""));
        var blank = await Refused.ByAsync(() => asker.AskAsync(world.PanelId, " \n\t "));
        var tooLong = await Refused.ByAsync(() => asker.AskAsync(world.PanelId, new string('x', 501)));
        var exactly = await asker.AskAsync(world.PanelId, new string('x', 500));

        Assert.Equal("question.empty", empty.Code);
        Assert.Equal("question.empty", blank.Code);
        Assert.Equal("question.too_long", tooLong.Code);
        Assert.Equal(1, exactly.Version);
        Assert.Single((await observer.PanelAsync(world.PanelId)).Board.Questions);
    }

    [Fact]
    public async Task FourthQuestionWithinAMinute_IsRateLimited_SayingWhenToAskAgain()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var colleague = await world.JoinAsync(Foundation.DemoLogins.Alternate("USA"));

        for (var i = 1; i <= 3; i++) await asker.AskAsync(world.PanelId, $"Question {i}");
        var (code, message) = await Refused.ByAsync(() => asker.AskAsync(world.PanelId, "Question 4"));
        var someoneElse = await colleague.AskAsync(world.PanelId, "Mine counts apart");

        Assert.Equal("question.rate_limited", code);
        Assert.Matches(@"ask again at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", message);
        Assert.Equal(4, someoneElse.Version);
    }

    [Fact]
    public async Task RetryWithTheSameId_AsksOnce()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var id = Guid.NewGuid();

        var first = await asker.AskAsync(world.PanelId, "Once?", id: id);
        var retry = await asker.AskAsync(world.PanelId, "Once?", id: id);

        Assert.Equal(first.Version, retry.Version);
        Assert.Single((await asker.PanelAsync(world.PanelId)).Board.Questions);
    }

    [Fact]
    public async Task AskingOutsideALivePanel_IsRefused()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.ConnectAsync(Foundation.DemoLogins.Head("KEN"));
        var plenary = await world.PlenaryIdAsync();
        var otherPanel = await world.Host.WithDbAsync(d => Task.FromResult(d.Sessions
            .Where(s => s.Kind == Domain.Conference.SessionKind.Panel && s.Id != world.PanelId).Select(s => s.Id).First()));

        var notPanel = await Refused.ByAsync(() => asker.JoinAsync(plenary));
        var notLive = await Refused.ByAsync(() => asker.AskAsync(otherPanel, "Too early?"));
        var unknown = await Refused.ByAsync(() => asker.JoinAsync(Guid.NewGuid()));

        Assert.Equal("panel.not_a_panel", notPanel.Code);
        Assert.Equal("session.not_live", notLive.Code);
        Assert.Equal("session.not_found", unknown.Code);
    }

    [Fact]
    public async Task QuestionToSomeoneNotOnStage_IsRefused_ToAPanelist_NamesThem()
    {
        await using var world = await PanelWorld.StartAsync();
        var asker = await world.DelegateAsync("KEN");
        var panelist = await world.DelegateAsync("MEX");
        var moderator = await world.ModeratorAsync();

        var notOnStage = await Refused.ByAsync(() => asker.AskAsync(world.PanelId, "To you?", to: panelist.PersonId));
        await moderator.InvokeAsync<StageView>("PutOnStage", world.PanelId, panelist.PersonId);
        var asked = await asker.AskAsync(world.PanelId, "To you!", to: panelist.PersonId);

        Assert.Equal("panel.panelist_not_found", notOnStage.Code);
        Assert.Equal((panelist.PersonId, panelist.DisplayName), (asked.Question.AddressedTo!.Id, asked.Question.AddressedTo.DisplayName));
    }
}
