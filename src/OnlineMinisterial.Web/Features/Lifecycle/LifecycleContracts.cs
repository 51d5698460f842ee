using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Lifecycle;

/// <summary>The body of every lifecycle command over REST: the session's version the screen showed.</summary>
public sealed record LifecycleRequest(int Version);

/// <summary>Adjourn: suspend until <see cref="ResumeAt"/> (UTC), when the schedule resumes the session.</summary>
public sealed record AdjournRequest(int Version, DateTimeOffset ResumeAt);

/// <summary>Close; with <see cref="EndSpeech"/> a running speech is ended and recorded first, in the same step.</summary>
public sealed record CloseRequest(int Version, bool EndSpeech = false);

public sealed record InterruptionView(InterruptionKind Kind, DateTimeOffset StartedAt, DateTimeOffset? PlannedResumeAt, DateTimeOffset? EndedAt);

/// <summary>
/// A session's state and times. Sent as <c>SessionStateChanged</c> on the floor and panel hubs after every lifecycle
/// command (and returned by it); <see cref="Change"/> names the command (<c>session.closed</c>, …).
/// </summary>
public sealed record SessionStateView(Guid SessionId, int Version, SessionState State, string? Change,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, DateTimeOffset? ResumesAt,
    bool ClosedAutomatically, IReadOnlyList<InterruptionView> Interruptions, string? RecordUrl)
{
    public static SessionStateView Of(Session s, string? change) => new(s.Id, s.Version, s.State, change, s.StartsAt, s.EndsAt,
        s.OpenedAt, s.ClosedAt, s.ResumesAt, s.ClosedAutomatically,
        s.Interruptions.Select(i => new InterruptionView(i.Kind, i.StartedAt, i.PlannedResumeAt, i.EndedAt)).ToList(),
        s.State == SessionState.Closed ? $"/record?id={s.Id}" : null);
}
