using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Panels;

public sealed partial class QuestionBoard
{
    /// <summary>
    /// Switches pre-moderation. Turning it off approves nothing by itself: questions already waiting stay in the
    /// moderation queue until the moderator approves or dismisses them, so nothing unreviewed appears at once.
    /// </summary>
    public void SetPreModeration(bool on)
    {
        if (PreModeration == on) return;
        PreModeration = on;
        Version++;
    }

    /// <summary>Makes a waiting question visible to everyone. Approving an open question again changes nothing.</summary>
    public Question Approve(Guid questionId, DateTimeOffset now)
    {
        var question = Find(questionId);
        if (question.State == QuestionState.Open) return question;
        Guard.That(question.State == QuestionState.Pending, PanelErrors.NotPending, $"That question is {question.State}, not waiting for approval.");
        question.Approve(now);
        Version++;
        return question;
    }

    /// <summary>Pins the open question being answered now; a question pinned before is unpinned (one at a time).</summary>
    public Question Pin(Guid questionId)
    {
        var question = Find(questionId);
        Guard.That(question.State == QuestionState.Open, PanelErrors.NotOpen, $"Only an open question can be pinned; that one is {question.State}.");
        if (PinnedQuestionId == questionId) return question;
        PinnedQuestionId = questionId;
        Version++;
        return question;
    }

    public void Unpin()
    {
        if (PinnedQuestionId is null) return;
        PinnedQuestionId = null;
        Version++;
    }

    /// <summary>Moves an open question to the archive (unpinning it). Marking an answered question again changes nothing.</summary>
    public Question MarkAnswered(Guid questionId, DateTimeOffset now)
    {
        var question = Find(questionId);
        if (question.State == QuestionState.Answered) return question;
        Guard.That(question.State == QuestionState.Open, PanelErrors.NotOpen, $"Only an open question can be marked answered; that one is {question.State}.");
        question.Answer(now);
        UnpinIf(questionId);
        Version++;
        return question;
    }

    /// <summary>Brings an answered question back from the archive, with its upvotes. Restoring an open question changes nothing.</summary>
    public Question Restore(Guid questionId)
    {
        var question = Find(questionId);
        if (question.State == QuestionState.Open) return question;
        Guard.That(question.State == QuestionState.Answered, PanelErrors.NotAnswered, $"Only an answered question can be restored; that one is {question.State}.");
        question.Restore();
        Version++;
        return question;
    }

    /// <summary>
    /// Takes a question off the board from any state (waiting, open or archived); its author is told by the host.
    /// Dismissing it again changes nothing.
    /// </summary>
    public Question Dismiss(Guid questionId, DateTimeOffset now)
    {
        var question = Find(questionId);
        if (question.State == QuestionState.Dismissed) return question;
        question.Dismiss(now);
        UnpinIf(questionId);
        Version++;
        return question;
    }

    private void UnpinIf(Guid questionId)
    {
        if (PinnedQuestionId == questionId) PinnedQuestionId = null;
    }
}
