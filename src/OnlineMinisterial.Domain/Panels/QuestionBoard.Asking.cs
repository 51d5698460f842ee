using System.Globalization;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Panels;

public sealed partial class QuestionBoard
{
    /// <summary>
    /// A delegate asks a question, named (with their delegation) or anonymously, optionally to one panelist. A retry
    /// with the same id by the same author returns the first question unchanged, so a resent message never asks twice.
    /// Refusals change nothing: empty or too long text, or more than <see cref="QuestionLimits.PerWindow"/> questions
    /// within the window, in which case the message says from when the author can ask again.
    /// </summary>
    public Question Submit(Guid questionId, Asker asker, string? text, bool anonymous, DateTimeOffset now,
        QuestionLimits limits, Panelist? addressedTo = null)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(limits);
        // An empty id would make every later question by the same person look like a retry of the first.
        Guard.That(questionId != Guid.Empty, ErrorCodes.InvalidArgument, "A question needs an id chosen by the client.");
        if (_questions.Find(q => q.Id == questionId) is { } existing)
        {
            Guard.That(existing.AuthorId == asker.PersonId, PanelErrors.QuestionIdConflict, "That question id is already used.");
            return existing;
        }

        var trimmed = text?.Trim() ?? "";
        Guard.That(trimmed.Length > 0, PanelErrors.QuestionEmpty, "A question needs some text.");
        Guard.That(trimmed.Length <= limits.MaxLength, PanelErrors.QuestionTooLong,
            $"A question can be at most {limits.MaxLength} characters long; this one has {trimmed.Length}.");
        EnsureWithinRate(asker.PersonId, now, limits);

        var question = Question.Submit(questionId, asker, trimmed, anonymous, addressedTo?.PersonId, PreModeration, now);
        _questions.Add(question);
        Version++;
        return question;
    }

    /// <summary>When <paramref name="personId"/> may ask again; null when they may ask now.</summary>
    public DateTimeOffset? CanAskAgainAt(string personId, DateTimeOffset now, QuestionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var recent = _questions
            .Where(q => q.AuthorId == personId && q.SubmittedAt > now - limits.Window)
            .OrderByDescending(q => q.SubmittedAt)
            .ToList();
        // The window slides: the author may ask again once the oldest of the last PerWindow questions leaves it.
        return recent.Count < limits.PerWindow ? null : recent[limits.PerWindow - 1].SubmittedAt + limits.Window;
    }

    /// <summary>One upvote per person; upvoting again is a repeat and changes nothing. Returns whether it counted.</summary>
    public bool Upvote(Guid questionId, string personId, DateTimeOffset now)
    {
        var question = FindOpen(questionId, "Only an open question can be upvoted.");
        if (question.HasVoted(personId)) return false;
        question.AddVote(personId, now);
        Version++;
        return true;
    }

    /// <summary>Takes back an upvote; taking back one that was never given changes nothing.</summary>
    public bool WithdrawUpvote(Guid questionId, string personId)
    {
        var question = FindOpen(questionId, "Only an open question's upvote can be taken back.");
        if (!question.HasVoted(personId)) return false;
        question.RemoveVote(personId);
        Version++;
        return true;
    }

    private void EnsureWithinRate(string personId, DateTimeOffset now, QuestionLimits limits)
    {
        if (CanAskAgainAt(personId, now, limits) is not { } exact) return;
        // The message shows whole seconds: round up, never down, so that asking at the time told succeeds.
        var again = exact.AddTicks((TimeSpan.TicksPerSecond - exact.UtcTicks % TimeSpan.TicksPerSecond) % TimeSpan.TicksPerSecond);
        var seconds = Math.Ceiling((again - now).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        throw new DomainException(PanelErrors.RateLimited,
            $"You can ask at most {limits.PerWindow} questions within {limits.Window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds. " +
            $"You can ask again at {again.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)} (in {seconds} s).");
    }

    private Question FindOpen(Guid questionId, string message)
    {
        var question = Find(questionId);
        Guard.That(question.State == QuestionState.Open, PanelErrors.NotOpen, message);
        return question;
    }
}
