using System.Collections.Concurrent;
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
/// Checks of one person that arrive while a read of theirs is under way share that read (ADR 0056): a crowd on one
/// account (the press observers, a delegation's screens) costs one read per moment, not one per connection. Each
/// read runs in a scope of its own, so no database context outlives it (a WebSocket request's scope lives as long
/// as its connection).
/// </summary>
public sealed class SessionStamp(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, Task<Current?>> _reading = new();

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var personId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = user.FindFirstValue(new ClaimsIdentityOptions().SecurityStampClaimType);
        if (personId is null || stamp is null) return false;
        var current = await ReadAsync(personId).WaitAsync(ct);
        return current is not null && current.DeactivatedAt is null && current.SecurityStamp == stamp;
    }

    private Task<Current?> ReadAsync(string personId)
    {
        while (true)
        {
            if (_reading.TryGetValue(personId, out var running)) return running;
            var read = new TaskCompletionSource<Current?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_reading.TryAdd(personId, read.Task)) continue;
            _ = CompleteAsync(personId, read);
            return read.Task;
        }
    }

    private async Task CompleteAsync(string personId, TaskCompletionSource<Current?> read)
    {
        Current? current = null;
        Exception? failure = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            current = await db.Users.AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new Current(p.SecurityStamp, p.DeactivatedAt)).FirstOrDefaultAsync();
        }
        catch (Exception e)
        {
            failure = e;
        }
        // Gone before anyone sees the answer: a check that starts after the read reads again, so it sees every
        // change committed before it started.
        _reading.TryRemove(new KeyValuePair<string, Task<Current?>>(personId, read.Task));
        if (failure is null) read.SetResult(current);
        else read.SetException(failure);
    }

    /// <summary>The cookie's check on every request: a stale stamp signs the browser out.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null) return;
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SessionStamp>();
        if (await stamps.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private sealed record Current(string? SecurityStamp, DateTimeOffset? DeactivatedAt);
}
