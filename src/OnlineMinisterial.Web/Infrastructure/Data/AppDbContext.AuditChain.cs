using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Audit;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>Every save that adds audit entries links them into the chain in the same transaction as the change.</summary>
public abstract partial class AppDbContext
{
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var entries = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (entries.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.LinkAsync(this, entries, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The head's update and the entries must commit together, or the chain would skip or repeat a place.
        await using var tx = await Database.BeginTransactionAsync(cancellationToken);
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
