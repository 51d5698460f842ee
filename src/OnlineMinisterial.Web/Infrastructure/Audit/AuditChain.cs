using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>
/// The audit log as a hash chain: each entry carries its place, the previous entry's hash and the hash of its own
/// content with that previous hash, so an edited, removed or reordered entry breaks the chain from there on.
/// </summary>
public static class AuditChain
{
    /// <summary>
    /// Links the entries being saved to the chain's end, inside the saving transaction: the head row is locked first
    /// (a no-op update; on SQLite the database's write lock), so a concurrent append waits for this commit and then
    /// links to it.
    /// </summary>
    public static async Task LinkAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        // A group's later commands find the head locked, read and tracked already (AppDbContext.Held).
        var head = db.Held<AuditChainHead>(HeldKey) ?? await LockHeadAsync(db, ct);
        var (sequence, hash) = (head.Sequence, head.Hash);
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = hash;
            entry.Hash = hash = HashOf(entry);
        }
        // Marked modified here (the save detects no changes after this): the head's update goes out in the save's
        // own batch, with the entries, rather than as a round trip of its own.
        var tracked = db.Entry(head);
        tracked.Property(h => h.Sequence).CurrentValue = sequence;
        tracked.Property(h => h.Hash).CurrentValue = hash;
        db.Hold(HeldKey, head);
    }

    private const string HeldKey = "audit-chain-head";

    // Read after the lock and tracked from that read: a head left tracked by an earlier transaction of this context
    // (saved, or rolled back) is replaced, never trusted.
    private static async Task<AuditChainHead> LockHeadAsync(AppDbContext db, CancellationToken ct)
    {
        var locked = await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), ct);
        if (locked == 0) throw new InvalidOperationException("The audit chain's head row is missing; the database was not migrated.");
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        foreach (var stale in db.ChangeTracker.Entries<AuditChainHead>().ToList()) stale.State = EntityState.Detached;
        db.AuditChainHeads.Attach(head);
        return head;
    }

    /// <summary>
    /// Hex SHA-256 over the entry's fields, one per line in a fixed order, the time in UTC to the millisecond. The place
    /// (<see cref="AuditEntry.Sequence"/>) is left out: the previous hash fixes the order, so an entry moved elsewhere
    /// stays intact and shows as reordered. Written down in docs/audit.md so anyone can check the chain with their own tools.
    /// </summary>
    public static string HashOf(AuditEntry e)
    {
        var content = string.Join('\n',
            e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            e.ActorId ?? "",
            e.ActorDelegationId?.ToString("D") ?? "",
            e.Action,
            e.SubjectType,
            e.SubjectId,
            e.Details ?? "",
            e.PreviousHash ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
