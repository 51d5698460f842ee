using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>Issues and redeems the single-use links; a new link for the same person and purpose replaces the old one.</summary>
public sealed class AccessLinks(AppDbContext db, TimeProvider time, IOptions<AccreditationOptions> options)
{
    public static readonly IReadOnlyDictionary<AccessLinkPurpose, string> Pages = new Dictionary<AccessLinkPurpose, string>
    {
        [AccessLinkPurpose.Setup] = "/setup",
        [AccessLinkPurpose.Invitation] = "/welcome",
        [AccessLinkPurpose.PasswordReset] = "/reset-password",
    };

    /// <summary>Adds a link to the command's unit of work and returns its path with the token (the only copy of it).</summary>
    public async Task<string> IssueAsync(AccessLinkPurpose purpose, string? personId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Two invitations or resets for one person at once: the second waits for the first, sees its link and revokes it.
        if (personId is not null)
            await db.Users.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ConcurrencyStamp, p => p.ConcurrencyStamp), ct);
        var older = await db.AccessLinks.Where(l => l.Purpose == purpose && l.PersonId == personId && l.UsedAt == null).ToListAsync(ct);
        foreach (var link in older) link.Revoke(now);
        var token = AccessLink.NewToken();
        db.AccessLinks.Add(AccessLink.Issue(purpose, personId, token, now, Lifetime(purpose)));
        return $"{Pages[purpose]}?token={token}";
    }

    /// <summary>Finds the link of a token and uses it up; unknown, used and expired links are refused with their codes.</summary>
    public async Task<AccessLink> RedeemAsync(AccessLinkPurpose purpose, string? token, CancellationToken ct)
    {
        var link = await FindLockedAsync(purpose, token, ct);
        link.Redeem(time.GetUtcNow());
        return link;
    }

    /// <summary>
    /// Finds a link inside a command and holds its row until the commit: the same link opened twice at once (two
    /// tabs, a double click) is then used by the first, and the second waits and finds it used.
    /// </summary>
    public async Task<AccessLink> FindLockedAsync(AccessLinkPurpose purpose, string? token, CancellationToken ct)
    {
        var hash = AccessLink.Hash(token ?? "");
        await db.AccessLinks.Where(l => l.TokenHash == hash && l.Purpose == purpose)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, l => l.UsedAt), ct);
        return await FindAsync(purpose, token, ct);
    }

    public async Task<AccessLink> FindAsync(AccessLinkPurpose purpose, string? token, CancellationToken ct)
    {
        var hash = AccessLink.Hash(token ?? "");
        return await db.AccessLinks.FirstOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose, ct)
            ?? throw new DomainException(AccreditationErrors.LinkInvalid, "This link is not valid. Check that it was copied whole, or ask for a new one.");
    }

    private TimeSpan Lifetime(AccessLinkPurpose purpose) => purpose switch
    {
        AccessLinkPurpose.Invitation => options.Value.InvitationLifetime,
        AccessLinkPurpose.PasswordReset => options.Value.ResetLifetime,
        _ => options.Value.SetupLifetime,
    };
}
