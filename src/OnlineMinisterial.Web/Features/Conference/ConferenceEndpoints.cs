using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Conference;

public static class ConferenceEndpoints
{
    public static IEndpointRouteBuilder MapConference(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Conference");
        group.MapGet("/conference", GetConference).WithSummary("The conference with its agenda (UTC times) and its delegations.");
        group.MapGet("/delegations", GetDelegations).WithSummary("Every delegation with its kind, vote and seat holder.");
        group.MapGet("/sessions/{id:guid}", GetSession).WithSummary("One agenda item.");
        return app;
    }

    private static async Task<Ok<ConferenceView>> GetConference(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().OrderBy(one => one.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(ErrorCodes.ConferenceNotFound, "No conference has been set up yet.");
        return TypedResults.Ok(new ConferenceView(conference.Id, conference.Title, conference.HostTimeZone, time.GetUtcNow(),
            await SessionsAsync(db, ct), await DelegationsAsync(db, ct)));
    }

    private static async Task<Ok<IReadOnlyList<DelegationView>>> GetDelegations(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DelegationsAsync(db, ct));

    private static async Task<Ok<SessionView>> GetSession(Guid id, AppDbContext db, CancellationToken ct)
    {
        var sessions = await SessionsAsync(db, ct, id);
        var session = (sessions.Count > 0 ? sessions[0] : null)
            ?? throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        return TypedResults.Ok(session);
    }

    internal static async Task<IReadOnlyList<SessionView>> SessionsAsync(AppDbContext db, CancellationToken ct, Guid? only = null,
        bool includeCancelled = false)
    {
        // A cancelled session is kept for the record but is no longer on the agenda; asked for by id (or by the
        // calendar, which must tell calendar apps it is cancelled), it is still shown.
        var query = db.Sessions.AsNoTracking()
            .Where(s => only == null ? includeCancelled || s.State != SessionState.Cancelled : s.Id == only);
        var rows = await (from s in query
                          join u in db.Users on s.ChairId equals u.Id into chairs
                          from chair in chairs.DefaultIfEmpty()
                          select new { s, ChairName = chair == null ? "" : chair.DisplayName }).ToListAsync(ct);
        return rows.OrderBy(r => r.s.StartsAt).ThenBy(r => r.s.Ordinal)
            .Select(r => new SessionView(r.s.Id, r.s.Title, r.s.Kind, r.s.State, r.s.StartsAt, r.s.EndsAt, r.s.Ordinal,
                r.s.VideoUrl, new PersonRef(r.s.ChairId, r.ChairName), r.s.Version, r.s.ResumesAt))
            .ToList();
    }

    internal static async Task<IReadOnlyList<DelegationView>> DelegationsAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await (from d in db.Delegations.AsNoTracking()
                          join u in db.Users on d.SeatHolderId equals u.Id into holders
                          from holder in holders.DefaultIfEmpty()
                          orderby d.Name
                          select new { d, HolderName = holder == null ? null : holder.DisplayName }).ToListAsync(ct);
        return rows.Select(r => new DelegationView(r.d.Id, r.d.Name, r.d.Code, r.d.Kind, r.d.Votes, r.d.HeadRank,
                r.d.SeatHolderId is null ? null : new PersonRef(r.d.SeatHolderId, r.HolderName ?? ""), r.d.Version))
            .ToList();
    }
}
