using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Conference;

/// <summary>An agenda item: a plenary or a panel, with its chair, its scheduled times and its state.</summary>
public sealed class Session
{
    private readonly List<SessionInterruption> _interruptions = [];

    private Session() { }

    public Guid Id { get; private set; }
    public Guid ConferenceId { get; private set; }
    public string Title { get; private set; } = "";
    public SessionKind Kind { get; private set; }
    public string ChairId { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public SessionState State { get; private set; }
    public int Ordinal { get; private set; }
    public string? VideoUrl { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int Version { get; private set; }

    public static Session Schedule(Guid id, Guid conferenceId, string title, SessionKind kind, string chairId,
        DateTimeOffset startsAt, DateTimeOffset endsAt, int ordinal)
    {
        Guard.That(!string.IsNullOrWhiteSpace(title), ErrorCodes.TextRequired, "A session needs a title.");
        TextLimits.Check(title.Trim(), TextLimits.SessionTitle, "session title");
        Guard.That(!string.IsNullOrWhiteSpace(chairId), ErrorCodes.InvalidArgument, "A session needs a chair.");
        Guard.That(endsAt > startsAt, ConferenceErrors.EndBeforeStart, "A session must end after it starts.");
        return new Session
        {
            Id = id, ConferenceId = conferenceId, Title = title.Trim(), Kind = kind, ChairId = chairId,
            StartsAt = startsAt.ToUniversalTime(), EndsAt = endsAt.ToUniversalTime(), Ordinal = ordinal,
            State = SessionState.Scheduled,
        };
    }

    public bool IsLive => State == SessionState.Live;

    /// <summary>Suspensions and adjournments, in order; the last one is open while the session is suspended.</summary>
    public IReadOnlyList<SessionInterruption> Interruptions => _interruptions.OrderBy(i => i.StartedAt).ThenBy(i => i.Id).ToList();

    /// <summary>The planned resume time of the adjournment under way; the schedule resumes the session then.</summary>
    public DateTimeOffset? ResumesAt { get; private set; }

    /// <summary>Closed by the schedule after its end and grace period rather than by the chair.</summary>
    public bool ClosedAutomatically { get; private set; }

    public void Open(DateTimeOffset now)
    {
        Guard.That(State != SessionState.Closed, ConferenceErrors.SessionClosed, "A closed session is final; a continuation is a new session.");
        Guard.That(State == SessionState.Scheduled, ErrorCodes.SessionTransitionInvalid, $"A {State} session cannot be opened.");
        State = SessionState.Live;
        OpenedAt = now;
        Version++;
    }

    /// <summary>Pauses the meeting; the running speech pauses with it (the floor's business).</summary>
    public void Suspend(DateTimeOffset now)
    {
        GuardNotFinal();
        Guard.That(State == SessionState.Live, ErrorCodes.SessionTransitionInvalid, "Only a live session can be suspended.");
        _interruptions.Add(SessionInterruption.Begin(Guid.NewGuid(), InterruptionKind.Suspension, now, null));
        State = SessionState.Suspended;
        Version++;
    }

    /// <summary>Suspends (or keeps suspended) until <paramref name="resumeAt"/>, when the schedule resumes it.</summary>
    public void Adjourn(DateTimeOffset now, DateTimeOffset resumeAt)
    {
        GuardNotFinal();
        Guard.That(State is SessionState.Live or SessionState.Suspended, ErrorCodes.SessionTransitionInvalid, $"A {State} session cannot be adjourned.");
        Guard.That(resumeAt > now, ConferenceErrors.ResumeInPast, "An adjournment resumes in the future.");
        var resume = resumeAt.ToUniversalTime();
        if (OpenInterruption is { } open) open.Adjourn(resume);
        else _interruptions.Add(SessionInterruption.Begin(Guid.NewGuid(), InterruptionKind.Adjournment, now, resume));
        State = SessionState.Suspended;
        ResumesAt = resume;
        // The planned end moves with the adjournment when the meeting would otherwise resume after it.
        if (EndsAt <= resume) EndsAt = resume + (EndsAt - StartsAt);
        Version++;
    }

    public void Resume(DateTimeOffset now)
    {
        GuardNotFinal();
        Guard.That(State == SessionState.Suspended, ErrorCodes.SessionTransitionInvalid, "Only a suspended session can be resumed.");
        OpenInterruption?.End(now);
        State = SessionState.Live;
        ResumesAt = null;
        Version++;
    }

    /// <summary>Final: a closed session is never reopened. The floor makes sure no speech is running first.</summary>
    public void Close(DateTimeOffset now, bool automatically = false)
    {
        GuardNotFinal();
        Guard.That(State is SessionState.Live or SessionState.Suspended, ErrorCodes.SessionTransitionInvalid, $"A {State} session cannot be closed.");
        OpenInterruption?.End(now);
        State = SessionState.Closed;
        ClosedAt = now;
        ClosedAutomatically = automatically;
        ResumesAt = null;
        Version++;
    }

    private SessionInterruption? OpenInterruption => _interruptions.FirstOrDefault(i => i.EndedAt is null);

    private void GuardNotFinal() =>
        Guard.That(State != SessionState.Closed, ConferenceErrors.SessionClosed, "A closed session is final; a continuation is a new session.");

    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        GuardEditable();
        Guard.That(endsAt > startsAt, ConferenceErrors.EndBeforeStart, "A session must end after it starts.");
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Version++;
    }

    /// <summary>Changes what the agenda says about the session; its times move only by <see cref="Reschedule"/>.</summary>
    public void Edit(string title, SessionKind kind, string chairId, string? videoUrl)
    {
        GuardEditable();
        Guard.That(!string.IsNullOrWhiteSpace(title), ErrorCodes.TextRequired, "A session needs a title.");
        TextLimits.Check(title.Trim(), TextLimits.SessionTitle, "session title");
        Guard.That(!string.IsNullOrWhiteSpace(chairId), ErrorCodes.InvalidArgument, "A session needs a chair.");
        GuardVideoUrl(videoUrl);
        Title = title.Trim();
        Kind = kind;
        ChairId = chairId;
        VideoUrl = string.IsNullOrWhiteSpace(videoUrl) ? null : videoUrl.Trim();
        Version++;
    }

    /// <summary>Takes a session off the agenda before it has started; a live one is closed instead.</summary>
    public void Cancel()
    {
        GuardEditable();
        Guard.That(State == SessionState.Scheduled, ErrorCodes.SessionTransitionInvalid, $"A {State} session cannot be cancelled; close it instead.");
        State = SessionState.Cancelled;
        Version++;
    }

    /// <summary>Its place in the agenda; returns whether it changed (a version is spent only on a change).</summary>
    public bool MoveTo(int ordinal)
    {
        if (ordinal == Ordinal) return false;
        GuardEditable();
        Ordinal = ordinal;
        Version++;
        return true;
    }

    private void GuardEditable()
    {
        Guard.That(State != SessionState.Closed, ConferenceErrors.SessionClosed, "A closed session is part of the record and cannot be changed.");
        Guard.That(State != SessionState.Cancelled, ConferenceErrors.SessionCancelled, "A cancelled session cannot be changed.");
    }

    private static void GuardVideoUrl(string? url)
    {
        TextLimits.Check(url?.Trim(), TextLimits.VideoUrl, "video link");
        Guard.That(string.IsNullOrWhiteSpace(url) || Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp),
            ConferenceErrors.VideoLinkInvalid, "The video link must be an http(s) address.");
    }

    public void SetVideoUrl(string? url)
    {
        GuardVideoUrl(url);
        VideoUrl = url;
        Version++;
    }
}
