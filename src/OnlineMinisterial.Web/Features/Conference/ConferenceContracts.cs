using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Conference;

public sealed record PersonRef(string Id, string DisplayName);

public sealed record SessionView(Guid Id, string Title, SessionKind Kind, SessionState State, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, int Ordinal, string? VideoUrl, PersonRef Chair, int Version, DateTimeOffset? ResumesAt = null);

public sealed record DelegationView(Guid Id, string Name, string Code, DelegationKind Kind, bool Votes, HeadRank HeadRank,
    PersonRef? SeatHolder, int Version);

public sealed record ConferenceView(Guid Id, string Title, string HostTimeZone, DateTimeOffset ServerTime,
    IReadOnlyList<SessionView> Sessions, IReadOnlyList<DelegationView> Delegations);

/// <summary>
/// Sent to everyone after a session was created, edited, moved, rescheduled, opened, suspended, adjourned, resumed or
/// closed: the whole session. <see cref="ResumesAt"/> is the planned resume of an adjourned session, null otherwise.
/// </summary>
public sealed record SessionChanged(Guid SessionId, int Version, string Title, SessionKind Kind, SessionState State,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, PersonRef Chair, int Ordinal, string? VideoUrl, DateTimeOffset? ResumesAt = null);

/// <summary>Sent to everyone after a session was taken off the agenda.</summary>
public sealed record SessionCancelled(Guid SessionId, int Version);
