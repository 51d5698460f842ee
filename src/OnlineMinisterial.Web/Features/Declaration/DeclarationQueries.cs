using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Voting;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>Snapshots of the declaration and its amendments, and the final text; shared by the hub and the API.</summary>
public sealed class DeclarationQueries(AppDbContext db, TimeProvider time)
{
    public async Task<DeclarationSnapshot> SnapshotAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = await db.CurrentDeclarationIdAsync(ct);
        if (id is null) return new DeclarationSnapshot(time.GetUtcNow(), null, []);
        var declaration = await db.ReadDeclarationAsync(id.Value, ct);
        var amendments = await db.ReadAmendmentsAsync(id.Value, ct);
        return new DeclarationSnapshot(time.GetUtcNow(), DeclarationViews.For(declaration, Callers.IsSecretariat(user)),
            [.. amendments.Select(DeclarationViews.For)]);
    }

    public async Task<FinalDeclarationView> FinalAsync(CancellationToken ct)
    {
        var id = await db.CurrentDeclarationIdAsync(ct) ?? throw new DomainException(DeclarationErrors.NotFound, "No declaration has been created yet.");
        var final = (await db.ReadDeclarationAsync(id, ct)).FinalText();
        var ids = final.JoinedDelegationIds.Concat(final.Statements.Select(s => s.DelegationId)).Distinct().ToList();
        var delegations = await db.Delegations.Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new DelegationRef(d.Id, d.Code, d.Name), ct);
        return new FinalDeclarationView(final.DeclarationId, final.Title, final.VersionNumber, final.AdoptedAt, final.Method,
            [.. final.Paragraphs.Select(DeclarationViews.View)],
            [.. final.JoinedDelegationIds.Select(d => delegations[d]).OrderBy(d => d.Name, StringComparer.InvariantCultureIgnoreCase)],
            [.. final.Statements.Select(s => new FinalStatementView(delegations[s.DelegationId], s.Kind, s.Text, s.AttachedAt))]);
    }
}
