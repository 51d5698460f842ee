using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Conference;

public sealed record PersonRef(string Id, string DisplayName);

public sealed record SessionView(Guid Id, string Title, SessionKind Kind, SessionState State, DateTimeOffset StartsAt,
    DateTimeOffset EndsAt, int Ordinal, string? VideoUrl, PersonRef Chair, int Version);

public sealed record DelegationView(Guid Id, string Name, string Code, DelegationKind Kind, bool Votes, HeadRank HeadRank,
    PersonRef? SeatHolder, int Version);

public sealed record ConferenceView(Guid Id, string Title, string HostTimeZone, DateTimeOffset ServerTime,
    IReadOnlyList<SessionView> Sessions, IReadOnlyList<DelegationView> Delegations);
