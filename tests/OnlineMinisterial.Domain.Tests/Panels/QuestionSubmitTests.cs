using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Panels;
using static OnlineMinisterial.Domain.Tests.Panels.PanelAskers;

namespace OnlineMinisterial.Domain.Tests.Panels;

public class QuestionSubmitTests
{
    private readonly FakeTimeProvider _time = new(BoardBuilder.PanelStart);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Submit_Named_IsOpen_WithAuthorDelegationTimeAndTrimmedText()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());

        var question = board.Submit(Guid.NewGuid(), Amina, "  How will you share data?  ", anonymous: false, Now, QuestionLimits.Default);

        Assert.Equal(QuestionState.Open, question.State);
        Assert.Equal("How will you share data?", question.Text);
        Assert.Equal("amina", question.AuthorId);
        Assert.Equal(KenyaId, question.AuthorDelegationId);
        Assert.False(question.Anonymous);
        Assert.Equal(Now, question.SubmittedAt);
        Assert.Equal(1, board.Version);
        Assert.Single(board.Open(QuestionOrder.Votes));
    }

    [Fact]
    public void Submit_Anonymous_StillKnowsItsAuthor()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());

        var question = board.Submit(Guid.NewGuid(), Amina, "Who pays?", anonymous: true, Now, QuestionLimits.Default);

        Assert.True(question.Anonymous);
        Assert.Equal("amina", question.AuthorId);
        Assert.Equal(KenyaId, question.AuthorDelegationId);
    }

    [Fact]
    public void Submit_AddressedToPanelist_KeepsThePanelist()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());
        var stage = PanelStage.Create(board.SessionId);
        var panelist = stage.PutOnStage(Panelist.Delegate("minister-x", Guid.NewGuid()), Now);

        var question = board.Submit(Guid.NewGuid(), Amina, "Minister, what about precursors?", false, Now, QuestionLimits.Default, panelist);

        Assert.Equal("minister-x", question.AddressedToId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    [InlineData(null)]
    public void Submit_EmptyOrWhitespace_IsRefused_AndChangesNothing(string? text)
    {
        var board = QuestionBoard.Create(Guid.NewGuid());

        var error = Assert.Throws<DomainException>(() => board.Submit(Guid.NewGuid(), Amina, text, false, Now, QuestionLimits.Default));

        Assert.Equal(PanelErrors.QuestionEmpty, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        Assert.Empty(board.Questions);
        Assert.Equal(0, board.Version);
    }

    [Fact]
    public void Submit_OverTheLimit_IsRefused_ButExactlyTheLimitIsAccepted()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());
        var limit = QuestionLimits.Default.MaxLength;

        var error = Assert.Throws<DomainException>(() =>
            board.Submit(Guid.NewGuid(), Amina, new string('a', limit + 1), false, Now, QuestionLimits.Default));
        var accepted = board.Submit(Guid.NewGuid(), Amina, new string('a', limit), false, Now, QuestionLimits.Default);

        Assert.Equal(PanelErrors.QuestionTooLong, error.Code);
        Assert.Equal(limit, accepted.Text.Length);
        Assert.Single(board.Questions);
    }

    [Fact]
    public void Submit_Markup_IsKeptAsPlainText()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());

        var question = board.Submit(Guid.NewGuid(), Amina, "<img src=x onerror=alert(1)>", false, Now, QuestionLimits.Default);

        Assert.Equal("<img src=x onerror=alert(1)>", question.Text);
    }

    [Fact]
    public void Submit_RetrySameId_ReturnsFirst_WithoutVersionBump()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());
        var id = Guid.NewGuid();
        var first = board.Submit(id, Amina, "First", false, Now, QuestionLimits.Default);

        var retry = board.Submit(id, Amina, "Different text", true, Now, QuestionLimits.Default);

        Assert.Same(first, retry);
        Assert.Equal("First", retry.Text);
        Assert.Equal(1, board.Version);
    }

    [Fact]
    public void Submit_SameIdByAnotherPerson_IsAConflict()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());
        var id = Guid.NewGuid();
        board.Submit(id, Amina, "First", false, Now, QuestionLimits.Default);

        var error = Assert.Throws<DomainException>(() => board.Submit(id, Lucia, "Mine", false, Now, QuestionLimits.Default));

        Assert.Equal(PanelErrors.QuestionIdConflict, error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public void Submit_UnderPreModeration_IsPending_AndNotListedForTheAudience()
    {
        var board = QuestionBoard.Create(Guid.NewGuid(), preModeration: true);

        var question = board.Submit(Guid.NewGuid(), Amina, "Pending?", false, Now, QuestionLimits.Default);

        Assert.Equal(QuestionState.Pending, question.State);
        Assert.False(question.IsPublic);
        Assert.Empty(board.Open(QuestionOrder.Time));
        Assert.Equal([question.Id], board.AwaitingApproval().Select(q => q.Id));
    }

    [Fact]
    public void Submit_WithAnEmptyId_IsRefused()
    {
        var board = QuestionBoard.Create(Guid.NewGuid());

        var error = Assert.Throws<DomainException>(() => board.Submit(Guid.Empty, Amina, "No id", false, Now, QuestionLimits.Default));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Empty(board.Questions);
    }
}
