using System.Text;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// Everyone accredited or asking to be: nominations in every state, and staff accounts. States: pending, rejected,
/// withdrawn, invited (approved, no password yet), active (has signed in with a password of their own).
/// </summary>
public sealed class Participants(AppDbContext db)
{
    public sealed record Row(Guid? NominationId, string? PersonId, string DisplayName, string Email, string Role, string Category,
        Guid? DelegationId, string? DelegationCode, string? DelegationName, string State, bool HoldsSeat, bool IsFocalPoint,
        string? Organization, string? Reason, DateTimeOffset? SubmittedAt);

    public async Task<IReadOnlyList<Row>> ListAsync(Guid? delegationId, string? role, string? state, CancellationToken ct)
    {
        var delegations = await db.Delegations.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        var people = await db.Users.AsNoTracking().Select(p => new { p.Id, p.PasswordHash, p.DisplayName, p.Email, p.DelegationId }).ToDictionaryAsync(p => p.Id, ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var rows = new List<Row>();
        foreach (var n in await db.Nominations.AsNoTracking().ToListAsync(ct))
        {
            var d = n.DelegationId is { } id ? delegations.GetValueOrDefault(id) : null;
            var person = n.PersonId is null ? null : people.GetValueOrDefault(n.PersonId);
            var s = n.State != NominationState.Approved ? n.State.ToString().ToLowerInvariant() : person?.PasswordHash is null ? "invited" : "active";
            rows.Add(new Row(n.Id, n.PersonId, n.DisplayName, n.Email, n.SeatRole?.ToString() ?? n.Category.ToString(), n.Category.ToString(),
                d?.Id, d?.Code, d?.Name, s, d is not null && d.SeatHolderId == n.PersonId && n.PersonId is not null,
                d is not null && d.FocalPointId == n.PersonId && n.PersonId is not null, n.Organization, n.Reason, n.SubmittedAt));
        }
        var nominated = rows.Where(r => r.PersonId is not null).Select(r => r.PersonId).ToHashSet();
        foreach (var p in people.Values.Where(p => !nominated.Contains(p.Id)))
        {
            var d = p.DelegationId is { } id ? delegations.GetValueOrDefault(id) : null;
            rows.Add(new Row(null, p.Id, p.DisplayName, p.Email ?? "", string.Join("+", roles[p.Id].Order()), "Staff", d?.Id, d?.Code, d?.Name,
                p.PasswordHash is null ? "invited" : "active", d?.SeatHolderId == p.Id, d?.FocalPointId == p.Id, null, null, null));
        }
        return rows
            .Where(r => delegationId is null || r.DelegationId == delegationId)
            .Where(r => string.IsNullOrEmpty(role) || r.Role.Split('+').Contains(role, StringComparer.OrdinalIgnoreCase) || r.Category.Equals(role, StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrEmpty(state) || r.State.Equals(state, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.DelegationName ?? "\uffff").ThenBy(r => r.Role).ThenBy(r => r.DisplayName)
            .ToList();
    }

    public static string ToCsv(IEnumerable<Row> rows)
    {
        var csv = new StringBuilder("name,email,role,category,delegation_code,delegation,organization,state,holds_seat,focal_point\r\n");
        foreach (var r in rows)
            csv.Append(string.Join(",", new[] { r.DisplayName, r.Email, r.Role, r.Category, r.DelegationCode ?? "", r.DelegationName ?? "",
                r.Organization ?? "", r.State, r.HoldsSeat ? "yes" : "no", r.IsFocalPoint ? "yes" : "no" }.Select(CsvReader.SafeField))).Append("\r\n");
        return csv.ToString();
    }
}
