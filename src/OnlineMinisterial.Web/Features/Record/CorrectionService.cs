using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Record;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// Corrections to a closed session's record: a delegation submits one for its own entry within the window; the
/// secretariat accepts (a numbered corrigendum, beside the record) or rejects. The record's bytes never change.
/// </summary>
public sealed class CorrectionService(AppDbContext db, AuditLog audit, TimeProvider time, IOptions<RecordOptions> options)
{
    private const string Subject = nameof(RecordCorrection);

    public async Task<CorrectionView> SubmitAsync(ClaimsPrincipal user, Guid sessionId, CorrectionRequest input, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var delegationId = actor.DelegationId ?? throw new DomainException("auth.not_delegate", "Only a delegation corrects its own entries.");
        var correction = await db.RunAsync(async () =>
        {
            var record = await db.Set<SessionRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.SessionId == sessionId, ct)
                ?? throw new DomainException(RecordEndpoints.NotClosedCode, "The session has no record yet: it is not closed.");
            var code = await db.Delegations.Where(d => d.Id == delegationId).Select(d => d.Code).SingleAsync(ct);
            var entry = input.Entry?.Trim() ?? "";
            if (!IsOwnEntry(RecordJson.Read(record.Json), entry, code))
                throw new DomainException(CorrectionErrors.NotYourEntry, $"“{entry}” is not an entry of your delegation in this record (use speech:N).");
            var c = RecordCorrection.Submit(Guid.NewGuid(), sessionId, delegationId, actor.PersonId!, entry, input.Text ?? "",
                record.ClosedAt, TimeSpan.FromDays(options.Value.CorrectionWindowDays), time.StoredNow());
            db.Set<RecordCorrection>().Add(c);
            audit.Record(db, actor, "record.correction_submitted", Subject, c.Id, new { sessionId, entry, c.Text });
            return c;
        }, ct);
        return await ViewAsync(correction, ct);
    }

    public Task<CorrectionView> AcceptAsync(ClaimsPrincipal user, Guid sessionId, Guid id, CorrectionDecision? input, CancellationToken ct) =>
        DecideAsync(user, sessionId, id, async c =>
        {
            var number = await db.Set<RecordCorrection>().CountAsync(x => x.SessionId == sessionId && x.State == CorrectionState.Accepted, ct) + 1;
            c.Accept(user.FindFirstValue(ClaimTypes.NameIdentifier)!, number, input?.Note, time.StoredNow());
            return "record.corrigendum_issued";
        }, ct);

    public Task<CorrectionView> RejectAsync(ClaimsPrincipal user, Guid sessionId, Guid id, CorrectionDecision? input, CancellationToken ct) =>
        DecideAsync(user, sessionId, id, c =>
        {
            c.Reject(user.FindFirstValue(ClaimTypes.NameIdentifier)!, input?.Note, time.StoredNow());
            return Task.FromResult("record.correction_rejected");
        }, ct);

    /// <summary>Corrigenda for everyone; the secretariat sees every correction, a delegation its own too.</summary>
    public async Task<IReadOnlyList<CorrectionView>> ListAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct)
    {
        var secretariat = user.IsInRole(Roles.Secretariat);
        var mine = Actor.From(user).DelegationId;
        var all = await db.Set<RecordCorrection>().AsNoTracking().Where(c => c.SessionId == sessionId)
            .Where(c => secretariat || c.State == CorrectionState.Accepted || c.DelegationId == mine).ToListAsync(ct);
        var views = new List<CorrectionView>();
        foreach (var c in all.OrderBy(c => c.CorrigendumNumber ?? int.MaxValue).ThenBy(c => c.SubmittedAt).ThenBy(c => c.Id)) views.Add(await ViewAsync(c, ct));
        return views;
    }

    private async Task<CorrectionView> DecideAsync(ClaimsPrincipal user, Guid sessionId, Guid id, Func<RecordCorrection, Task<string>> decide, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Secretariat)) throw new DomainException(ErrorCodes.Forbidden, "Only the secretariat decides on corrections.");
        var correction = await db.RunAsync(async () =>
        {
            // One decision at a time per session, so corrigendum numbers never repeat.
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), ct);
            var c = await db.Set<RecordCorrection>().SingleOrDefaultAsync(x => x.Id == id && x.SessionId == sessionId, ct)
                ?? throw new DomainException(CorrectionErrors.NotFound, "There is no such correction.");
            var action = await decide(c);
            audit.Record(db, Actor.From(user), action, Subject, c.Id, new { sessionId, c.CorrigendumNumber, c.Note });
            return c;
        }, ct);
        return await ViewAsync(correction, ct);
    }

    private static bool IsOwnEntry(RecordDocument record, string entry, string delegationCode) =>
        entry.StartsWith("speech:", StringComparison.Ordinal) && int.TryParse(entry.AsSpan(7), out var n)
        && record.Speeches.FirstOrDefault(s => s.Number == n)?.Delegation?.Code == delegationCode;

    private async Task<CorrectionView> ViewAsync(RecordCorrection c, CancellationToken ct)
    {
        var d = await db.Delegations.AsNoTracking().Where(x => x.Id == c.DelegationId).Select(x => new RecordDelegation(x.Code, x.Name)).SingleAsync(ct);
        return new CorrectionView(c.Id, c.SessionId, d, c.Entry, c.Text, c.State, c.SubmittedAt, c.DecidedAt, c.Note, c.CorrigendumNumber);
    }
}
