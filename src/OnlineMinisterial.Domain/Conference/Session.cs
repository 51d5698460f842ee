using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Conference;

/// <summary>An agenda item: a plenary or a panel, with its chair, its scheduled times and its state.</summary>
public sealed class Session
{
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
        Guard.That(!string.IsNullOrWhiteSpace(title), ErrorCodes.InvalidArgument, "A session needs a title.");
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

    public void Open(DateTimeOffset now)
    {
        Guard.That(State == SessionState.Scheduled, ErrorCodes.SessionTransitionInvalid, $"A {State} session cannot be opened.");
        State = SessionState.Live;
        OpenedAt = now;
        Version++;
    }

    public void Suspend()
    {
        Guard.That(State == SessionState.Live, ErrorCodes.SessionTransitionInvalid, "Only a live session can be suspended.");
        State = SessionState.Suspended;
        Version++;
    }

    public void Resume()
    {
        Guard.That(State == SessionState.Suspended, ErrorCodes.SessionTransitionInvalid, "Only a suspended session can be resumed.");
        State = SessionState.Live;
        Version++;
    }

    public void Close(DateTimeOffset now)
    {
        Guard.That(State is SessionState.Live or SessionState.Suspended, ErrorCodes.SessionTransitionInvalid, $"A {State} session cannot be closed.");
        State = SessionState.Closed;
        ClosedAt = now;
        Version++;
    }

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
        Guard.That(!string.IsNullOrWhiteSpace(title), ErrorCodes.InvalidArgument, "A session needs a title.");
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
            ErrorCodes.InvalidArgument, "The video link must be an http(s) address.");
    }

    public void SetVideoUrl(string? url)
    {
        GuardVideoUrl(url);
        VideoUrl = url;
        Version++;
    }
}
