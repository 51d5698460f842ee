using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accounts;

/// <summary>The account list: search by e-mail or name, filter by state.</summary>
public sealed class AccountQueries(AppDbContext db, TimeProvider time)
{
    public const int PageSize = 200;

    public async Task<AccountList> ListAsync(string? search, AccountState? state, string? personId, CancellationToken ct)
    {
        var people = db.Users.AsNoTracking();
        if (personId is not null) people = people.Where(p => p.Id == personId);
        // A conference has hundreds or a few thousand accounts: matching in memory is the same on every provider.
        var term = search?.Trim() ?? "";
        var rows = (await people.OrderBy(p => p.DisplayName)
            .Select(p => new { p.Id, p.DisplayName, p.Email, p.DelegationId, p.LockoutEnd, p.DeactivatedAt })
            .ToListAsync(ct))
            .Where(p => term.Length == 0 || p.DisplayName.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (p.Email ?? "").Contains(term, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var now = time.GetUtcNow();
        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name ?? "");
        var codes = await db.Delegations.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, ct);

        var views = rows.Select(r => new AccountView(r.Id, r.DisplayName, r.Email ?? "", roles[r.Id].Order().ToList(),
                r.DelegationId is { } d ? codes.GetValueOrDefault(d) : null,
                r.DeactivatedAt is not null ? AccountState.Deactivated : r.LockoutEnd > now ? AccountState.Locked : AccountState.Active,
                r.LockoutEnd > now ? r.LockoutEnd : null, r.DeactivatedAt))
            .Where(v => state is null || v.State == state)
            .ToList();
        return new AccountList(views.Take(PageSize).ToList(), views.Count);
    }
}
