using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Whether a signed-in principal's session still stands: its security stamp is the person's current one and the
/// account is active. Checked on every request (the cookie) and every hub call; an indexed read by primary key.
/// Checks of one person that arrive while a read of theirs is under way share that read (ADR 0056): a crowd on one
/// account (the press observers, a delegation's screens) costs one read per moment, not one per connection. Checks
/// of other people that arrive meanwhile gather and are read together, in one query, once that read is done
/// (ADR 0066): sixty seat holders casting at once cost two reads, not sixty, and a read always starts after every
/// check it answers began. Each read runs in a scope of its own, so no database context outlives it (a WebSocket
/// request's scope lives as long as its connection).
/// </summary>
public sealed class SessionStamp(IServiceScopeFactory scopes)
{
    /// <summary>The most people one read asks for.</summary>
    internal const int MaxBatch = 500;

    private readonly Lock _gate = new();
    private Dictionary<string, TaskCompletionSource<Current?>> _reading = [];
    private Dictionary<string, TaskCompletionSource<Current?>> _gathering = [];
    private bool _running;

    /// <summary>How many people's checks wait for a read: being read, or gathered for the next read.</summary>
    internal int Pending
    {
        get
        {
            lock (_gate) return _reading.Count + _gathering.Count;
        }
    }

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
        lock (_gate)
        {
            if (_reading.TryGetValue(personId, out var running)) return running.Task;
            if (!_gathering.TryGetValue(personId, out var waiting))
                _gathering[personId] = waiting = new TaskCompletionSource<Current?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_running)
            {
                _running = true;
                _ = Task.Run(DrainAsync);
            }
            return waiting.Task;
        }
    }

    // One read at a time: the people gathered while it ran are read next, together.
    private async Task DrainAsync()
    {
        while (true)
        {
            Dictionary<string, TaskCompletionSource<Current?>> batch;
            lock (_gate)
            {
                if (_gathering.Count == 0)
                {
                    _running = false;
                    return;
                }
                if (_gathering.Count <= MaxBatch) (batch, _gathering) = (_gathering, []);
                else
                {
                    batch = _gathering.Take(MaxBatch).ToDictionary();
                    foreach (var personId in batch.Keys) _gathering.Remove(personId);
                }
                _reading = batch;
            }
            Dictionary<string, Current>? found = null;
            Exception? failure = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var ids = batch.Keys.ToList();
                found = await db.Users.AsNoTracking().Where(p => ids.Contains(p.Id))
                    .Select(p => new { p.Id, Current = new Current(p.SecurityStamp, p.DeactivatedAt) })
                    .ToDictionaryAsync(p => p.Id, p => p.Current);
            }
            catch (Exception e)
            {
                failure = e;
            }
            // Gone before anyone sees the answer: a check that starts after the read reads again, so it sees every
            // change committed before it started.
            lock (_gate) _reading = [];
            foreach (var (personId, waiting) in batch)
            {
                if (failure is null) waiting.SetResult(found!.GetValueOrDefault(personId));
                else waiting.SetException(failure);
            }
        }
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
