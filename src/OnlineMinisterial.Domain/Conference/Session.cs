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
        Guard.That(!string.IsNullOrWhiteSpace(chairId), ErrorCodes.InvalidArgument, "A session needs a chair.");
        Guard.That(endsAt > startsAt, ErrorCodes.InvalidArgument, "A session must end after it starts.");
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
        Guard.That(State != SessionState.Closed, ErrorCodes.SessionTransitionInvalid, "A closed session cannot be rescheduled.");
        Guard.That(endsAt > startsAt, ErrorCodes.InvalidArgument, "A session must end after it starts.");
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Version++;
    }

    public void SetVideoUrl(string? url)
    {
        Guard.That(url is null || Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp),
            ErrorCodes.InvalidArgument, "The video link must be an http(s) address.");
        VideoUrl = url;
        Version++;
    }
}
