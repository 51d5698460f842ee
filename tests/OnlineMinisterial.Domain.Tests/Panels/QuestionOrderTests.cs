using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

public class QuestionOrderTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);

    [Fact]
    public void ByVotes_MostUpvotedFirst()
    {
        var builder = new BoardBuilder(_time).Asks(3).Votes(0, 1).Votes(1, 5).Votes(2, 3);

        var order = builder.Build().Open(QuestionOrder.Votes).Select(q => q.Id);

        Assert.Equal([builder.Ids[1], builder.Ids[2], builder.Ids[0]], order);
    }

    [Fact]
    public void ByVotes_TiesGoToTheEarlierQuestion()
    {
        var builder = new BoardBuilder(_time).Asks(3).Votes(0, 2).Votes(1, 4).Votes(2, 4);

        var order = builder.Build().Open(QuestionOrder.Votes).Select(q => q.Id);

        Assert.Equal([builder.Ids[1], builder.Ids[2], builder.Ids[0]], order);
    }

    [Fact]
    public void ByVotes_WithoutVotes_IsOrderOfAsking()
    {
        var builder = new BoardBuilder(_time).Asks(3);

        var order = builder.Build().Open(QuestionOrder.Votes).Select(q => q.Id);

        Assert.Equal(builder.Ids, order);
    }

    [Fact]
    public void ByTime_NewestFirst_WhateverTheVotes()
    {
        var builder = new BoardBuilder(_time).Asks(3).Votes(0, 9);

        var order = builder.Build().Open(QuestionOrder.Time).Select(q => q.Id);

        Assert.Equal([builder.Ids[2], builder.Ids[1], builder.Ids[0]], order);
    }

    [Fact]
    public void ByVotes_AWithdrawnUpvote_MovesTheQuestionBackDown()
    {
        var builder = new BoardBuilder(_time).Asks(2).Votes(1, 1);
        var board = builder.Build();

        board.WithdrawUpvote(builder.Ids[1], "voter-1-0");

        Assert.Equal(builder.Ids, board.Open(QuestionOrder.Votes).Select(q => q.Id));
    }

    [Fact]
    public void Open_LeavesOutPendingAnsweredAndDismissed_Archive_HasTheAnsweredLatestFirst()
    {
        var builder = new BoardBuilder(_time).Asks(4);
        var board = builder.Build();
        board.MarkAnswered(builder.Ids[0], _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(10));
        board.MarkAnswered(builder.Ids[1], _time.GetUtcNow());
        board.Dismiss(builder.Ids[2], _time.GetUtcNow());
        board.SetPreModeration(true);
        builder.Ask("Waiting");

        Assert.Equal([builder.Ids[3]], board.Open(QuestionOrder.Votes).Select(q => q.Id));
        Assert.Equal([builder.Ids[1], builder.Ids[0]], board.Archive().Select(q => q.Id));
        Assert.Equal([builder.Ids[4]], board.AwaitingApproval().Select(q => q.Id));
    }
}
