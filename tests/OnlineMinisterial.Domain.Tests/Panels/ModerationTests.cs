using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Panels;

namespace OnlineMinisterial.Domain.Tests.Panels;

public class ModerationTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Approve_Pending_MakesItOpenForEveryone()
    {
        var builder = new BoardBuilder(_time, preModeration: true).Ask();
        var board = builder.Build();
        var version = board.Version;

        var question = board.Approve(builder.Ids[0], Now);

        Assert.Equal(QuestionState.Open, question.State);
        Assert.Equal(Now, question.ApprovedAt);
        Assert.True(question.IsPublic);
        Assert.Equal(version + 1, board.Version);
        Assert.Empty(board.AwaitingApproval());
    }

    [Fact]
    public void Approve_AlreadyOpen_ChangesNothing_Answered_IsRefused()
    {
        var builder = new BoardBuilder(_time).Asks(2);
        var board = builder.Build();
        board.MarkAnswered(builder.Ids[1], Now);
        var version = board.Version;

        board.Approve(builder.Ids[0], Now);
        var error = Assert.Throws<DomainException>(() => board.Approve(builder.Ids[1], Now));

        Assert.Equal(PanelErrors.NotPending, error.Code);
        Assert.Equal(version, board.Version);
    }

    [Fact]
    public void SetPreModeration_Off_LeavesWaitingQuestionsWaiting_NewOnesAreOpen()
    {
        var builder = new BoardBuilder(_time, preModeration: true).Ask();
        var board = builder.Build();

        board.SetPreModeration(false);
        builder.Ask();

        Assert.False(board.PreModeration);
        Assert.Equal(QuestionState.Pending, board.Find(builder.Ids[0]).State);
        Assert.Equal(QuestionState.Open, board.Find(builder.Ids[1]).State);
    }

    [Fact]
    public void SetPreModeration_Same_ChangesNothing()
    {
        var board = new BoardBuilder(_time).Build();

        board.SetPreModeration(false);

        Assert.Equal(0, board.Version);
    }

    [Fact]
    public void Pin_OneAtATime_PinningAnotherUnpinsTheFirst()
    {
        var builder = new BoardBuilder(_time).Asks(2);
        var board = builder.Build();

        board.Pin(builder.Ids[0]);
        var version = board.Version;
        board.Pin(builder.Ids[1]);

        Assert.Equal(builder.Ids[1], board.PinnedQuestionId);
        Assert.Equal(version + 1, board.Version);
        Assert.Equal(QuestionState.Open, board.Find(builder.Ids[0]).State);
    }

    [Fact]
    public void Pin_Pending_IsRefused()
    {
        var builder = new BoardBuilder(_time, preModeration: true).Ask();
        var board = builder.Build();

        var error = Assert.Throws<DomainException>(() => board.Pin(builder.Ids[0]));

        Assert.Equal(PanelErrors.NotOpen, error.Code);
        Assert.Null(board.PinnedQuestionId);
    }

    [Fact]
    public void PinAgain_And_UnpinWithNothingPinned_ChangeNothing()
    {
        var builder = new BoardBuilder(_time).Ask();
        var board = builder.Build();
        board.Pin(builder.Ids[0]);
        var version = board.Version;

        board.Pin(builder.Ids[0]);
        board.Unpin();
        board.Unpin();

        Assert.Null(board.PinnedQuestionId);
        Assert.Equal(version + 1, board.Version);
    }

    [Fact]
    public void MarkAnswered_Pinned_MovesToArchive_AndUnpins()
    {
        var builder = new BoardBuilder(_time).Ask();
        var board = builder.Build();
        board.Pin(builder.Ids[0]);

        var question = board.MarkAnswered(builder.Ids[0], Now);

        Assert.Equal(QuestionState.Answered, question.State);
        Assert.Equal(Now, question.AnsweredAt);
        Assert.Null(board.PinnedQuestionId);
        Assert.Empty(board.Open(QuestionOrder.Votes));
        Assert.Equal([question.Id], board.Archive().Select(q => q.Id));
    }

    [Fact]
    public void MarkAnswered_Pending_IsRefused()
    {
        var builder = new BoardBuilder(_time, preModeration: true).Ask();

        var error = Assert.Throws<DomainException>(() => builder.Build().MarkAnswered(builder.Ids[0], Now));

        Assert.Equal(PanelErrors.NotOpen, error.Code);
    }

    [Fact]
    public void Restore_Answered_ComesBackOpen()
    {
        var builder = new BoardBuilder(_time).Ask();
        var board = builder.Build();
        board.MarkAnswered(builder.Ids[0], Now);

        var question = board.Restore(builder.Ids[0]);

        Assert.Equal(QuestionState.Open, question.State);
        Assert.Null(question.AnsweredAt);
        Assert.Empty(board.Archive());
        Assert.Single(board.Open(QuestionOrder.Votes));
    }

    [Fact]
    public void Restore_Dismissed_IsRefused()
    {
        var builder = new BoardBuilder(_time).Ask();
        var board = builder.Build();
        board.Dismiss(builder.Ids[0], Now);

        var error = Assert.Throws<DomainException>(() => board.Restore(builder.Ids[0]));

        Assert.Equal(PanelErrors.NotAnswered, error.Code);
        Assert.Equal(QuestionState.Dismissed, board.Find(builder.Ids[0]).State);
    }

    [Fact]
    public void Dismiss_PinnedOpenQuestion_RemovesAndUnpins_AndKeepsTheAuthorToTell()
    {
        var builder = new BoardBuilder(_time).Ask(by: PanelAskers.Amina, anonymous: true);
        var board = builder.Build();
        board.Pin(builder.Ids[0]);

        var question = board.Dismiss(builder.Ids[0], Now);

        Assert.Equal(QuestionState.Dismissed, question.State);
        Assert.Equal(Now, question.DismissedAt);
        Assert.Equal("amina", question.AuthorId);
        Assert.Null(board.PinnedQuestionId);
        Assert.Empty(board.Open(QuestionOrder.Votes));
    }

    [Fact]
    public void Dismiss_PendingQuestion_LeavesTheQueue_AndAgainChangesNothing()
    {
        var builder = new BoardBuilder(_time, preModeration: true).Ask();
        var board = builder.Build();

        board.Dismiss(builder.Ids[0], Now);
        var version = board.Version;
        board.Dismiss(builder.Ids[0], Now);

        Assert.Empty(board.AwaitingApproval());
        Assert.Equal(version, board.Version);
    }
}
