using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>Walks the stored audit chain from its first entry and names the first one that was edited, removed or reordered.</summary>
public sealed class AuditVerifier(AppDbContext db)
{
    private const int Page = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        var entries = new List<AuditEntry>();
        await foreach (var entry in ByPlaceAsync(ct)) entries.Add(entry);
        return ChainWalk.Verify(entries, head.Sequence, head.Hash);
    }

    /// <summary>Entries of the chain (place 1 and up) in pages, so a long log is not read in one query.</summary>
    private async IAsyncEnumerable<AuditEntry> ByPlaceAsync([EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0, afterId = 0;
        while (true)
        {
            var (s, i) = (after, afterId);
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > s || (e.Sequence == s && e.Sequence > 0 && e.Id > i))
                .OrderBy(e => e.Sequence).ThenBy(e => e.Id).Take(Page).ToListAsync(ct);
            foreach (var entry in page) yield return entry;
            if (page.Count < Page) yield break;
            (after, afterId) = (page[^1].Sequence, page[^1].Id);
        }
    }
}
