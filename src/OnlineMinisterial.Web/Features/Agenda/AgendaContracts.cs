using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Agenda;

/// <summary>
/// A new session. <c>start</c> and <c>end</c> are the host's wall-clock times (conference <c>hostTimeZone</c>), written
/// without an offset, e.g. <c>2026-11-30T10:00:00</c>; they are stored in UTC.
/// </summary>
public sealed record SessionInput(string? Title, SessionKind Kind, string? ChairId, DateTime Start, DateTime End, string? VideoUrl);

/// <summary>What the agenda says about a session; <c>version</c>, when given, must be the session's current version.</summary>
public sealed record SessionEdit(string? Title, SessionKind Kind, string? ChairId, string? VideoUrl, int? Version);

/// <summary>New times on the host's wall clock, as in <see cref="SessionInput"/>.</summary>
public sealed record RescheduleRequest(DateTime Start, DateTime End, int? Version);

public sealed record CancelRequest(int? Version);

/// <summary>Every session on the agenda (not cancelled), in their new order.</summary>
public sealed record ReorderRequest(IReadOnlyList<Guid> SessionIds);

public sealed record TransitionView(Guid Id, TransitionKind Kind, TransitionState State, DateTimeOffset DueAt, DateTimeOffset? ExecutedAt,
    long? LatenessMilliseconds, string? ExecutedByNode, string? HangfireJobId)
{
    public static TransitionView Of(ScheduledTransition t) =>
        new(t.Id, t.Kind, t.State, t.DueAt, t.ExecutedAt, t.LatenessMilliseconds, t.ExecutedByNode, t.HangfireJobId);
}

/// <summary>A session for the agenda editor: its UTC times also as the host's wall clock, its transitions and warnings.</summary>
public sealed record AgendaItem(SessionView Session, DateTime StartsLocal, DateTime EndsLocal, IReadOnlyList<TransitionView> Transitions,
    IReadOnlyList<AgendaWarning> Warnings);

/// <summary>A session as a create, edit or reschedule left it (the fields of <see cref="SessionView"/>), and what to look at.</summary>
public sealed record ScheduledSessionView(Guid Id, string Title, SessionKind Kind, SessionState State, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, int Ordinal, string? VideoUrl, PersonRef Chair, int Version, IReadOnlyList<AgendaWarning> Warnings,
    DateTimeOffset? ResumesAt)
{
    public static ScheduledSessionView Of(SessionView s, IReadOnlyList<AgendaWarning> warnings) =>
        new(s.Id, s.Title, s.Kind, s.State, s.StartsAt, s.EndsAt, s.Ordinal, s.VideoUrl, s.Chair, s.Version, warnings, s.ResumesAt);
}

public sealed record AgendaView(string HostTimeZone, DateTimeOffset ServerTime, DateTime HostNow, IReadOnlyList<AgendaItem> Sessions,
    IReadOnlyList<PersonRef> Chairs);

internal static class SessionViews
{
    public static SessionView Of(SessionChanged s) =>
        new(s.SessionId, s.Title, s.Kind, s.State, s.StartsAt, s.EndsAt, s.Ordinal, s.VideoUrl, s.Chair, s.Version, s.ResumesAt);
}
