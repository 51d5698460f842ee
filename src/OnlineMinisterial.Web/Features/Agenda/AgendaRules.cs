using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Agenda;

/// <summary>The checks of agenda commands that need the database or the clock: chair, versions, host times.</summary>
public sealed class AgendaRules(AppDbContext db, TimeProvider time)
{
    public async Task<Domain.Conference.Conference> ConferenceAsync(CancellationToken ct) =>
        await db.Conferences.OrderBy(one => one.Id).FirstOrDefaultAsync(ct)
        ?? throw new DomainException(ErrorCodes.ConferenceNotFound, "No conference has been set up yet.");

    public async Task<Session> SessionAsync(Guid id, int? expectedVersion, CancellationToken ct)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        if (expectedVersion is { } v && v != session.Version)
            throw new DomainException(ErrorCodes.VersionConflict, "The session was changed by someone else meanwhile; reload the agenda.");
        return session;
    }

    /// <summary>A chair must be a person in the Chair or Secretariat role.</summary>
    public async Task<string> CheckChairAsync(string? chairId, CancellationToken ct)
    {
        var ok = !string.IsNullOrWhiteSpace(chairId) && await ChairsQuery().AnyAsync(p => p.Id == chairId, ct);
        return ok ? chairId! : throw new DomainException(ConferenceErrors.ChairInvalid, "The chair must be a person with the Chair or Secretariat role.");
    }

    public async Task<IReadOnlyList<PersonRef>> ChairsAsync(CancellationToken ct) =>
        await ChairsQuery().OrderBy(p => p.DisplayName).Select(p => new PersonRef(p.Id, p.DisplayName)).ToListAsync(ct);

    private IQueryable<Person> ChairsQuery() =>
        (from p in db.Users
         join ur in db.UserRoles on p.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where r.Name == Roles.Chair || r.Name == Roles.Secretariat
         select p).Distinct();

    /// <summary>Host wall-clock times to UTC (see <see cref="HostTime"/> for daylight saving), checked for order and, if asked, the future.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) ToUtc(Domain.Conference.Conference conference, DateTime start, DateTime end, bool mustBeFuture)
    {
        if (start.Kind != DateTimeKind.Unspecified || end.Kind != DateTimeKind.Unspecified)
            throw new DomainException(ConferenceErrors.LocalTimeExpected,
                $"Enter times on the host's clock ({conference.HostTimeZone}) without an offset, e.g. 2026-11-30T10:00:00.");
        var zone = HostTime.Zone(conference.HostTimeZone);
        var (utcStart, utcEnd) = (HostTime.ToUtc(start, zone), HostTime.ToUtc(end, zone));
        if (utcEnd <= utcStart)
            throw new DomainException(ConferenceErrors.EndBeforeStart, "A session must end after it starts.");
        if (mustBeFuture && utcStart <= time.GetUtcNow())
            throw new DomainException(ConferenceErrors.StartsInPast, "A session that has not started must start in the future.");
        return (utcStart, utcEnd);
    }
}
