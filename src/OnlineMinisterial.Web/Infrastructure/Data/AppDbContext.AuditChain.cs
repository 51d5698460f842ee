using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Audit;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>Every save that adds audit entries links them into the chain in the same transaction as the change.</summary>
public abstract partial class AppDbContext
{
    // In the order they were recorded: a save of several (a group saved once) links them into the chain in that order.
    private readonly List<AuditEntry> _recorded = [];

    /// <summary>Adds an entry to be linked into the chain by the next save (<see cref="AuditLog"/> is the one caller).</summary>
    internal void AddAuditEntry(AuditEntry entry)
    {
        AuditEntries.Add(entry);
        _recorded.Add(entry);
    }

    private List<AuditEntry> AuditEntriesToLink()
    {
        _recorded.RemoveAll(e => Entry(e).State != EntityState.Added);
        var others = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).Except(_recorded);
        return [.. _recorded, .. others];
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once per save. Reading the entries here, the length guard and EF's own save would each
        // detect them again over every tracked entity: in a group of casts (a poll held with all its casts) that was
        // half of each command's time.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var entries = AuditEntriesToLink();
            if (entries.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var saved = await SaveLinkedAsync(entries, acceptAllChangesOnSuccess, cancellationToken);
            // Saved entries are never changed again and nothing navigates to them: they need no tracking, and a group
            // of commands does not carry them through every later save.
            if (acceptAllChangesOnSuccess)
            {
                foreach (var entry in entries) Entry(entry).State = EntityState.Detached;
                _recorded.Clear();
            }
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task<int> SaveLinkedAsync(List<AuditEntry> entries, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.LinkAsync(this, entries, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The head's update and the entries must commit together, or the chain would skip or repeat a place.
        await using var tx = await Database.BeginTransactionAsync(cancellationToken);
        Database.AutoSavepointsEnabled = false;   // a failure rolls back this transaction whole
        await AuditChain.LinkAsync(this, entries, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added))
            throw new InvalidOperationException("Audit entries are saved with SaveChangesAsync, which links them into the chain.");
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
