using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

/// <summary>The board's version moves once per change, so two moderators never overwrite each other unseen; lists keep their order.</summary>
public class BoardVersionTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);

    [Fact]
    public void EveryModeratorAction_SpendsOneVersion()
    {
        var builder = new BoardBuilder(_time).Asks(3);
        var board = builder.Build();
        var v = board.Version;

        board.SetPreModeration(true);
        Assert.Equal(v + 1, board.Version);
        board.MarkAnswered(builder.Ids[0], _time.GetUtcNow());
        Assert.Equal(v + 2, board.Version);
        board.Restore(builder.Ids[0]);
        Assert.Equal(v + 3, board.Version);
        board.Dismiss(builder.Ids[1], _time.GetUtcNow());
        Assert.Equal(v + 4, board.Version);
    }

    [Fact]
    public void TakingBackAnUpvote_SpendsOneVersion()
    {
        var builder = new BoardBuilder(_time).Ask().Votes(0, 1);
        var board = builder.Build();
        var v = board.Version;
        Assert.True(board.WithdrawUpvote(builder.Ids[0], "voter-0-0"));
        Assert.Equal(v + 1, board.Version);
    }

    [Fact]
    public void EveryQuestion_AndTheModerationQueue_AreListedOldestFirst()
    {
        var builder = new BoardBuilder(_time, preModeration: true).Asks(3);
        var board = builder.Build();
        Assert.Equal(builder.Ids, board.Questions.Select(q => q.Id));
        Assert.Equal(builder.Ids, board.AwaitingApproval().Select(q => q.Id));
    }

    [Fact]
    public void QuestionsAskedAtTheSameMoment_KeepOneOrderEverywhere()
    {
        var board = QuestionBoard.Create(Guid.NewGuid(), preModeration: true);
        var now = _time.GetUtcNow();
        var ids = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        var askers = new[] { PanelAskers.Amina, PanelAskers.Otieno, PanelAskers.Lucia, new Asker("tomas", Guid.NewGuid()) };
        for (var i = 0; i < ids.Count; i++) board.Submit(ids[i], askers[i], $"Question {i}", false, now, QuestionLimits.Default);

        var byId = ids.Order().ToList();
        Assert.Equal(byId, board.Questions.Select(q => q.Id));
        Assert.Equal(byId, board.AwaitingApproval().Select(q => q.Id));
        foreach (var id in ids) board.Approve(id, now);
        Assert.Equal(byId, board.Open(QuestionOrder.Votes).Select(q => q.Id));
        Assert.Equal(byId, board.Open(QuestionOrder.Time).Select(q => q.Id));
    }
}
