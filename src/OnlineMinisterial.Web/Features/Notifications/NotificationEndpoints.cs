using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Notifications;

public static class NotificationEndpoints
{
    private const int FeedSize = 50;

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").AddEndpointFilter<AntiforgeryFilter>();
        group.MapGet("/", GetFeed).WithSummary("The signed-in person's latest notifications (newest first) and how many are unread.");
        group.MapPost("/{id:guid}/read", MarkRead).WithSummary("Marks one of my notifications read.");
        group.MapPost("/read-all", MarkAllRead).WithSummary("Marks all my notifications read.");
        app.MapHub<NotificationHub>(NotificationHub.Path);
        return app;
    }

    private static string PersonId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DomainException(ErrorCodes.Unauthenticated, "Sign in first.");

    private static async Task<Ok<NotificationFeed>> GetFeed(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var me = PersonId(user);
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == me);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(FeedSize).ToListAsync(ct);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        return TypedResults.Ok(new NotificationFeed(unread, items.Select(NotificationView.Of).ToList()));
    }

    private static async Task<Ok<UnreadCount>> MarkRead(Guid id, ClaimsPrincipal user, AppDbContext db, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var me = PersonId(user);
        var unread = await db.RunAsync(async () =>
        {
            var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id && x.PersonId == me, ct)
                ?? throw new DomainException(NotificationErrors.NotFound, "There is no such notification in your feed.");
            if (n.ReadAt is null)
            {
                n.ReadAt = time.GetUtcNow();
                audit.Record(db, Actor.From(user), "notification.read", nameof(Notification), n.Id);
            }
            await db.SaveChangesAsync(ct);
            return await db.Notifications.CountAsync(x => x.PersonId == me && x.ReadAt == null, ct);
        }, ct);
        return TypedResults.Ok(new UnreadCount(unread));
    }

    private static async Task<Ok<UnreadCount>> MarkAllRead(ClaimsPrincipal user, AppDbContext db, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var me = PersonId(user);
        await db.RunAsync(async () =>
        {
            var now = time.GetUtcNow();
            var marked = await db.Notifications.Where(n => n.PersonId == me && n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
            if (marked > 0) audit.Record(db, Actor.From(user), "notification.read_all", nameof(Person), me, new { marked });
        }, ct);
        return TypedResults.Ok(new UnreadCount(0));
    }
}

public static class NotificationErrors
{
    public const string NotFound = "notification.not_found";
}
