using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Whether a signed-in principal's session still stands: its security stamp is the person's current one and the
/// account is active. Checked on every request (the cookie) and every hub call; one indexed read by primary key.
/// </summary>
public static class SessionStamp
{
    public static async Task<bool> IsCurrentAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var personId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = user.FindFirstValue(new ClaimsIdentityOptions().SecurityStampClaimType);
        if (personId is null || stamp is null) return false;
        var current = await db.Users.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.SecurityStamp, p.DeactivatedAt }).FirstOrDefaultAsync(ct);
        return current is not null && current.DeactivatedAt is null && current.SecurityStamp == stamp;
    }

    /// <summary>The cookie's check on every request: a stale stamp signs the browser out.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null) return;
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        if (await IsCurrentAsync(db, context.Principal, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
