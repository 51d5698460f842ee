using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>The secretariat's delegation commands: one by one, or a CSV import that previews before it writes.</summary>
public sealed class DelegationAdmin(AppDbContext db, AuditLog audit, IOptions<AccreditationOptions> options)
{
    private int Max => options.Value.MaxDelegations;

    public async Task<Delegation> CreateAsync(ClaimsPrincipal user, DelegationInput input, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var conferenceId = await db.CurrentConferenceIdAsync(ct);
            await LockAsync(conferenceId, ct);
            var row = Validate(input);
            if (await db.Delegations.AnyAsync(d => d.ConferenceId == conferenceId && d.Code == row.Code, ct))
                throw new DomainException(AccreditationErrors.DelegationCodeTaken, $"There is already a delegation with the code {row.Code}.");
            if (await db.Delegations.CountAsync(d => d.ConferenceId == conferenceId, ct) >= Max)
                throw new DomainException(AccreditationErrors.TooManyDelegations, $"A conference may have at most {Max} delegations.");
            var delegation = Delegation.Create(Guid.NewGuid(), conferenceId, row.Name, row.Code, row.Kind, row.HeadRank, row.Votes);
            db.Delegations.Add(delegation);
            audit.Record(db, Actor.From(user), "delegation.created", nameof(Delegation), delegation.Id, row);
            return delegation;
        }, ct);

    public async Task<Delegation> EditAsync(ClaimsPrincipal user, Guid id, DelegationInput input, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var delegation = await FindAsync(id, ct);
            if (input.Version is { } v && v != delegation.Version)
                throw new DomainException(ErrorCodes.VersionConflict, "The delegation was changed by someone else meanwhile; reload it.");
            var row = Validate(input with { Code = delegation.Code });
            delegation.Edit(row.Name, row.Kind, row.Votes, row.HeadRank);
            audit.Record(db, Actor.From(user), "delegation.edited", nameof(Delegation), delegation.Id, row);
            return delegation;
        }, ct);

    /// <summary>Only a delegation without accredited members can go: the record refers to the others.</summary>
    public async Task RemoveAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var delegation = await FindAsync(id, ct);
            if (await db.Users.AnyAsync(p => p.DelegationId == id, ct))
                throw new DomainException(AccreditationErrors.DelegationHasMembers, "This delegation has accredited members; it cannot be removed.");
            db.Delegations.Remove(delegation);
            audit.Record(db, Actor.From(user), "delegation.removed", nameof(Delegation), delegation.Id, new { delegation.Code, delegation.Name });
        }, ct);

    public async Task<ImportPreview> PreviewAsync(string? csv, CancellationToken ct)
    {
        var conferenceId = await db.CurrentConferenceIdAsync(ct);
        return Summarise(DelegationImport.Preview(csv ?? "", await RowsAsync(conferenceId, ct), Max));
    }

    /// <summary>Reads the same file again (the preview may be old) and writes it only if no line is an error.</summary>
    public async Task<ImportResult> ImportAsync(ClaimsPrincipal user, string? csv, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var conferenceId = await db.CurrentConferenceIdAsync(ct);
            await LockAsync(conferenceId, ct);
            var preview = Summarise(DelegationImport.Preview(csv ?? "", await RowsAsync(conferenceId, ct), Max));
            if (!preview.CanImport)
                throw new DomainException(AccreditationErrors.ImportInvalid,
                    $"Nothing was imported: {preview.Errors} line(s) have errors. Correct them and preview again.");
            var existing = await db.Delegations.Where(d => d.ConferenceId == conferenceId).ToDictionaryAsync(d => d.Code, ct);
            foreach (var row in preview.Rows)
            {
                var r = row.Row!;
                if (row.Status == ImportRowStatus.New)
                    db.Delegations.Add(Delegation.Create(Guid.NewGuid(), conferenceId, r.Name, r.Code, r.Kind, r.HeadRank, r.Votes));
                else if (row.Status == ImportRowStatus.Changed)
                    existing[r.Code].Edit(r.Name, r.Kind, r.Votes, r.HeadRank);
            }
            audit.Record(db, Actor.From(user), "delegations.imported", "Conference", conferenceId,
                new { created = preview.New, updated = preview.Changed, codes = preview.Rows.Where(r => r.Status != ImportRowStatus.Unchanged).Select(r => r.Code) });
            return new ImportResult(preview.New, preview.Changed, preview.Unchanged);
        }, ct);

    /// <summary>
    /// Holds the conference's row until the commit: creating and importing delegations are served one at a time, so
    /// a code added by a concurrent import is seen as taken and the maximum holds.
    /// </summary>
    private Task<int> LockAsync(Guid conferenceId, CancellationToken ct) =>
        db.Conferences.Where(c => c.Id == conferenceId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, c => c.Title), ct);

    private async Task<Delegation> FindAsync(Guid id, CancellationToken ct) =>
        await db.Delegations.FirstOrDefaultAsync(d => d.Id == id, ct)
        ?? throw new DomainException(ErrorCodes.DelegationNotFound, "There is no such delegation.");

    private async Task<List<DelegationRow>> RowsAsync(Guid conferenceId, CancellationToken ct) =>
        (await db.Delegations.AsNoTracking().Where(d => d.ConferenceId == conferenceId).ToListAsync(ct))
        .Select(d => new DelegationRow(d.Code, d.Name, d.Kind, d.Votes, d.HeadRank)).ToList();

    // One rule for codes, names and kinds: the same as the import's.
    private static DelegationRow Validate(DelegationInput input)
    {
        var votes = input.Votes is null ? "" : input.Votes.Value ? "yes" : "no";
        var (row, problem) = DelegationImport.Parse((input.Code ?? "").Trim().ToUpperInvariant(), (input.Name ?? "").Trim(), input.Kind.ToString(), votes, input.HeadRank.ToString());
        return row ?? throw problem!.ToException();
    }

    private static ImportPreview Summarise(IReadOnlyList<ImportRow> rows)
    {
        int Count(ImportRowStatus s) => rows.Count(r => r.Status == s);
        return new ImportPreview(rows, Count(ImportRowStatus.New), Count(ImportRowStatus.Changed), Count(ImportRowStatus.Unchanged),
            Count(ImportRowStatus.Error), Count(ImportRowStatus.Error) == 0 && rows.Count > 0);
    }
}
