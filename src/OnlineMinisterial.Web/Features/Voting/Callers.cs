using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Who may act, checked next to each voting and declaration command. A delegate acts only for the delegation the
/// database says they belong to or hold the seat of, never for one named in a request; the seat is read from the
/// database inside the command, so a seat handed on a moment ago is respected.
/// </summary>
public sealed class Callers(AppDbContext db)
{
    public static bool IsSecretariat(ClaimsPrincipal user) => user.IsInRole(Roles.Secretariat);

    public static void RequireSecretariat(ClaimsPrincipal user, string action)
    {
        if (!IsSecretariat(user)) throw new DomainException(ErrorCodes.Forbidden, $"Only the secretariat can {action}.");
    }

    /// <summary>The secretariat, or the chair of a plenary (<see cref="DeclarationDeciders"/>): who decides on amendments.</summary>
    public async Task RequireDeclarationDeciderAsync(ClaimsPrincipal user, string action, CancellationToken ct)
    {
        if (IsSecretariat(user)) return;
        var personId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var chaired = personId is null ? [] : await db.Sessions.AsNoTracking().Where(s => s.ChairId == personId).ToListAsync(ct);
        if (!DeclarationDeciders.MayDecide(false, personId, chaired))
            throw new DomainException(ErrorCodes.Forbidden, $"Only the chair of the plenary or the secretariat can {action}.");
    }

    /// <summary>The delegation whose seat the caller holds: the only one they may vote or break silence for.</summary>
    public async Task<Delegation> SeatHeldByAsync(ClaimsPrincipal user, string action, CancellationToken ct)
    {
        var personId = PersonId(user);
        // Read, not tracked: callers only name the delegation, and a group of casts would otherwise carry every
        // delegation it read through each later save's change detection.
        var held = await db.Delegations.AsNoTracking().FirstOrDefaultAsync(d => d.SeatHolderId == personId, ct);
        if (held is not null) return held;
        var member = await db.Users.Where(u => u.Id == personId).Select(u => u.DelegationId).FirstOrDefaultAsync(ct);
        throw member is null
            ? new DomainException(ErrorCodes.Forbidden, $"Only a delegation's seat holder can {action}.")
            : new DomainException(ErrorCodes.NotSeatHolder, $"Only your delegation's seat holder can {action}, and you do not hold the seat.");
    }

    /// <summary>The caller's delegation, if they are its head or hold its seat: who may propose, co-sponsor and attach statements.</summary>
    public async Task<Delegation> HeadOrSeatHolderAsync(ClaimsPrincipal user, string action, CancellationToken ct)
    {
        var personId = PersonId(user);
        var person = await db.Users.Where(u => u.Id == personId).Select(u => new { u.DelegationId, u.SeatRole }).FirstOrDefaultAsync(ct);
        if (person?.DelegationId is not { } delegationId)
            throw new DomainException(ErrorCodes.Forbidden, $"Only a delegation can {action}.");
        var delegation = await db.Delegations.FirstAsync(d => d.Id == delegationId, ct);
        if (delegation.SeatHolderId != personId && person.SeatRole != SeatRole.Head)
            throw new DomainException(ErrorCodes.NotSeatHolder, $"Only the head of your delegation or its seat holder can {action}.");
        return delegation;
    }

    private static string PersonId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DomainException(ErrorCodes.Unauthenticated, "Sign in first.");
}
