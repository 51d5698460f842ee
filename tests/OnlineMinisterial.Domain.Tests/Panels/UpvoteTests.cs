using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

public class UpvoteTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Upvote_CountsOnce_PerPerson()
    {
        var builder = new BoardBuilder(_time).Ask();
        var board = builder.Build();
        var id = builder.Ids[0];

        Assert.True(board.Upvote(id, "lucia", Now));
        var version = board.Version;
        Assert.False(board.Upvote(id, "lucia", Now));

        Assert.Equal(1, board.Find(id).VoteCount);
        Assert.True(board.Find(id).HasVoted("lucia"));
        Assert.Equal(version, board.Version);
    }

    [Fact]
    public void Upvote_ByManyPeople_CountsEach_AndBumpsVersionEachTime()
    {
        var builder = new BoardBuilder(_time).Ask();
        var board = builder.Build();
        var before = board.Version;

        for (var i = 0; i < 60; i++) board.Upvote(builder.Ids[0], $"delegate-{i}", Now);

        Assert.Equal(60, board.Find(builder.Ids[0]).VoteCount);
        Assert.Equal(before + 60, board.Version);
    }

    [Fact]
    public void WithdrawUpvote_TakesItBack_AndAllowsUpvotingAgain()
    {
        var builder = new BoardBuilder(_time).Ask().Votes(0, 1);
        var board = builder.Build();
        var id = builder.Ids[0];

        Assert.True(board.WithdrawUpvote(id, "voter-0-0"));
        Assert.Equal(0, board.Find(id).VoteCount);
        Assert.True(board.Upvote(id, "voter-0-0", Now));
        Assert.Equal(1, board.Find(id).VoteCount);
    }

    [Fact]
    public void WithdrawUpvote_NeverGiven_ChangesNothing()
    {
        var builder = new BoardBuilder(_time).Ask();
        var board = builder.Build();
        var version = board.Version;

        Assert.False(board.WithdrawUpvote(builder.Ids[0], "lucia"));
        Assert.Equal(version, board.Version);
    }

    [Fact]
    public void Upvote_PendingQuestion_IsRefused()
    {
        var builder = new BoardBuilder(_time, preModeration: true).Ask();
        var board = builder.Build();

        var error = Assert.Throws<DomainException>(() => board.Upvote(builder.Ids[0], "lucia", Now));

        Assert.Equal(PanelErrors.NotOpen, error.Code);
        Assert.Equal(0, board.Find(builder.Ids[0]).VoteCount);
    }

    [Fact]
    public void Upvote_AnsweredQuestion_IsRefused_ButRestoringKeepsItsVotes()
    {
        var builder = new BoardBuilder(_time).Ask().Votes(0, 2);
        var board = builder.Build();
        var id = builder.Ids[0];
        board.MarkAnswered(id, Now);

        var error = Assert.Throws<DomainException>(() => board.Upvote(id, "lucia", Now));
        board.Restore(id);

        Assert.Equal(PanelErrors.NotOpen, error.Code);
        Assert.Equal(2, board.Find(id).VoteCount);
    }

    [Fact]
    public void Upvote_UnknownQuestion_IsNotFound()
    {
        var board = new BoardBuilder(_time).Build();

        var error = Assert.Throws<DomainException>(() => board.Upvote(Guid.NewGuid(), "lucia", Now));

        Assert.Equal(PanelErrors.QuestionNotFound, error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }
}
