using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>
/// Loads the declaration and amendments whole. Commands lock the row first (see PollStore for why); commands that
/// touch several aggregates lock them in one order, poll, then declaration, then amendment, so they never deadlock.
/// </summary>
internal static class DeclarationStore
{
    public static async Task<Domain.Declaration.Declaration> LockDeclarationAsync(this AppDbContext db, Guid declarationId, CancellationToken ct)
    {
        var locked = await db.Declarations.Where(d => d.Id == declarationId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version), ct);
        if (locked == 0) throw NotFound();
        return await db.Declarations.AsSplitQuery().SingleAsync(d => d.Id == declarationId, ct);
    }

    /// <summary>The conference's declaration, locked for a command.</summary>
    public static async Task<Domain.Declaration.Declaration> LockCurrentDeclarationAsync(this AppDbContext db, CancellationToken ct) =>
        await db.LockDeclarationAsync(await db.CurrentDeclarationIdAsync(ct) ?? throw NotFound(), ct);

    public static async Task<Guid?> CurrentDeclarationIdAsync(this AppDbContext db, CancellationToken ct)
    {
        var conferenceId = await db.CurrentConferenceIdAsync(ct);
        var ids = await db.Declarations.Where(d => d.ConferenceId == conferenceId).Select(d => d.Id).Take(1).ToListAsync(ct);
        return ids.Count > 0 ? ids[0] : null;
    }

    /// <summary>Reads the declaration without a lock, retried until its children agree with its version.</summary>
    public static async Task<Domain.Declaration.Declaration> ReadDeclarationAsync(this AppDbContext db, Guid declarationId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var declaration = await db.Declarations.AsSplitQuery().SingleOrDefaultAsync(d => d.Id == declarationId, ct) ?? throw NotFound();
            var version = await db.Declarations.Where(d => d.Id == declarationId).Select(d => d.Version).SingleAsync(ct);
            if (version == declaration.Version || attempt >= 5) return declaration;
            db.ChangeTracker.Clear();
        }
    }

    public static async Task<Amendment> LockAmendmentAsync(this AppDbContext db, Guid amendmentId, CancellationToken ct)
    {
        var locked = await db.Amendments.Where(a => a.Id == amendmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, a => a.Version), ct);
        if (locked == 0) throw new DomainException(DeclarationErrors.AmendmentNotFound, "There is no such amendment.");
        return await db.Amendments.SingleAsync(a => a.Id == amendmentId, ct);
    }

    /// <summary>The declaration's amendments in the order they were proposed.</summary>
    public static Task<List<Amendment>> ReadAmendmentsAsync(this AppDbContext db, Guid declarationId, CancellationToken ct) =>
        db.Amendments.Where(a => a.DeclarationId == declarationId).OrderBy(a => a.ProposedAt).ThenBy(a => a.Id).ToListAsync(ct);

    private static DomainException NotFound() => new(DeclarationErrors.NotFound, "No declaration has been created yet.");
}
