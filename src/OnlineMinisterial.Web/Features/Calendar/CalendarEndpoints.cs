using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;
using OnlineMinisterial.Web.Infrastructure.Hosting;

namespace OnlineMinisterial.Web.Features.Calendar;

public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agenda.ics", GetAgenda).WithTags("Calendar").Produces(200, contentType: "text/calendar")
            .WithSummary("The agenda as an iCalendar file (UTC times), for anyone signed in.");
        var feed = app.MapGroup("/api/calendar/feed").WithTags("Calendar").AddEndpointFilter<AntiforgeryFilter>();
        feed.MapGet("/", GetFeed).WithSummary("Whether I have a private calendar feed, and since when (its address is shown only when made).");
        feed.MapPost("/", CreateFeed).WithSummary("Makes my private feed address (replacing any earlier one) and returns it.");
        feed.MapDelete("/", RevokeFeed).WithSummary("Revokes my private feed: its address stops working.");
        app.MapGet("/calendar/{token}.ics", GetFeedCalendar).AllowAnonymous().WithTags("Calendar").Produces(200, contentType: "text/calendar")
            .WithSummary("A private feed for calendar apps: no sign-in, the token in the address is the key.");
        return app;
    }

    private static async Task<IResult> GetAgenda(HttpContext http, AppDbContext db, TimeProvider time, PublicAddress address, CancellationToken ct) =>
        await CalendarAsync(http, db, time, address, http.User.FindFirstValue(ClaimTypes.NameIdentifier), ct);

    private static async Task<IResult> GetFeedCalendar(string token, HttpContext http, AppDbContext db, TimeProvider time,
        PublicAddress address, CancellationToken ct)
    {
        var hash = Hash(token);
        var owner = await db.CalendarFeeds.Where(f => f.TokenHash == hash).Select(f => f.PersonId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(CalendarErrors.FeedNotFound, "This calendar address is not valid (it may have been revoked).");
        return await CalendarAsync(http, db, time, address, owner, ct);
    }

    private static async Task<IResult> CalendarAsync(HttpContext http, AppDbContext db, TimeProvider time, PublicAddress address,
        string? personId, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().OrderBy(one => one.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(ErrorCodes.ConferenceNotFound, "No conference has been set up yet.");
        // The reader's language: the one they chose in the app, else the conference's first.
        var language = await db.Users.Where(p => p.Id == personId).Select(p => p.PreferredLanguage).FirstOrDefaultAsync(ct)
            ?? (conference.LanguageList is [var first, ..] ? first : null);
        var view = new ConferenceView(conference.Id, conference.Title, conference.HostTimeZone, time.GetUtcNow(),
            await ConferenceEndpoints.SessionsAsync(db, ct, includeCancelled: true), []);
        // Cancelled sessions stay in the file (STATUS:CANCELLED): a calendar that imported them must be told to drop them.
        var ics = AgendaCalendar.Write(view, address.BaseFor(http.Request), time.GetUtcNow(), language);
        return Results.File(Encoding.UTF8.GetBytes(ics), AgendaCalendar.ContentType, "agenda.ics");
    }

    private static async Task<Ok<CalendarFeedStatus>> GetFeed(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.PersonId == me, ct);
        return TypedResults.Ok(new CalendarFeedStatus(feed is not null, feed?.CreatedAt));
    }

    private static async Task<Ok<CalendarFeedCreated>> CreateFeed(ClaimsPrincipal user, HttpContext http, AppDbContext db, AuditLog audit,
        TimeProvider time, PublicAddress address, CancellationToken ct)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        await db.RunAsync(async () =>
        {
            var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.PersonId == me, ct);
            if (feed is null) db.CalendarFeeds.Add(feed = new CalendarFeed { PersonId = me });
            feed.TokenHash = Hash(token);
            feed.CreatedAt = now;
            audit.Record(db, Actor.From(user), "calendar.feed_created", nameof(Person), me);
        }, ct);
        var url = new Uri(address.BaseFor(http.Request), $"calendar/{token}.ics").ToString();
        return TypedResults.Ok(new CalendarFeedCreated(url, now));
    }

    private static async Task<NoContent> RevokeFeed(ClaimsPrincipal user, AppDbContext db, AuditLog audit, CancellationToken ct)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await db.RunAsync(async () =>
        {
            if (await db.CalendarFeeds.Where(f => f.PersonId == me).ExecuteDeleteAsync(ct) > 0)
                audit.Record(db, Actor.From(user), "calendar.feed_revoked", nameof(Person), me);
        }, ct);
        return TypedResults.NoContent();
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

public sealed record CalendarFeedStatus(bool Active, DateTimeOffset? CreatedAt);

public sealed record CalendarFeedCreated(string Url, DateTimeOffset CreatedAt);

public static class CalendarErrors
{
    public const string FeedNotFound = "calendar.feed_not_found";
}
