using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Record;

/// <summary>
/// A delegation's correction to one of its own entries in a closed session's record, within the window after the
/// close. The secretariat accepts it (it is issued as a numbered corrigendum beside the record, never an edit of it)
/// or rejects it.
/// </summary>
public sealed class RecordCorrection
{
    public const int MaxTextLength = 4000;

    private RecordCorrection() { }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid DelegationId { get; private set; }
    public string SubmittedBy { get; private set; } = "";

    /// <summary>The entry corrected, as the record names it: <c>speech:3</c> (the third speech).</summary>
    public string Entry { get; private set; } = "";

    public string Text { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public CorrectionState State { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The corrigendum's number once accepted: 1, 2, … per session.</summary>
    public int? CorrigendumNumber { get; private set; }

    public static RecordCorrection Submit(Guid id, Guid sessionId, Guid delegationId, string personId, string entry, string text,
        DateTimeOffset closedAt, TimeSpan window, DateTimeOffset now)
    {
        Guard.That(now <= closedAt + window, CorrectionErrors.WindowClosed,
            $"Corrections could be submitted until {closedAt + window:u}; the record is now final.");
        Guard.That(!string.IsNullOrWhiteSpace(text), ErrorCodes.TextRequired, "Say what the correction is.");
        TextLimits.Check(text, MaxTextLength, "correction");
        return new RecordCorrection
        {
            Id = id, SessionId = sessionId, DelegationId = delegationId, SubmittedBy = personId, Entry = entry, Text = text.Trim(),
            SubmittedAt = now, State = CorrectionState.Submitted,
        };
    }

    public void Accept(string personId, int corrigendumNumber, string? note, DateTimeOffset now)
    {
        Decide(personId, note, now);
        State = CorrectionState.Accepted;
        CorrigendumNumber = corrigendumNumber;
    }

    public void Reject(string personId, string? note, DateTimeOffset now)
    {
        Decide(personId, note, now);
        State = CorrectionState.Rejected;
    }

    private void Decide(string personId, string? note, DateTimeOffset now)
    {
        Guard.That(State == CorrectionState.Submitted, CorrectionErrors.AlreadyDecided, $"The correction was already {State.ToString().ToLowerInvariant()}.");
        TextLimits.Check(note?.Trim(), MaxTextLength, "note");
        DecidedBy = personId;
        DecidedAt = now;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

public enum CorrectionState
{
    Submitted,
    Accepted,
    Rejected,
}

/// <summary>Stable codes of record corrections.</summary>
public static class CorrectionErrors
{
    public const string WindowClosed = "correction.window_closed";
    public const string AlreadyDecided = "correction.already_decided";
    public const string NotYourEntry = "correction.not_your_entry";
    public const string NotFound = "correction.not_found";
}
