using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// Runs a command as ARCHITECTURE.md asks: one transaction for the check, the change and its audit entry.
/// A concurrent change of the same aggregate (optimistic concurrency), or a row that a concurrent command wrote
/// first under the same unique key, becomes an explicit conflict error; the transaction is rolled back.
/// </summary>
public static class Commands
{
    public static async Task<T> RunAsync<T>(this AppDbContext db, Func<Task<T>> command, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Already inside a command (a scheduled transition runs a feature's command within its own transaction):
            // the outer command commits or rolls back both together. In a group saved once (GroupSave.Once) the
            // group's own save, after its last command, writes this one's changes too.
            var inner = await command();
            if (!db.SavesDeferred) await db.SaveChangesAsync(ct);
            return inner;
        }
        var start = Stopwatch.GetTimestamp();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A failed save rolls the whole command back (below): a savepoint around each save, EF's default inside a
        // transaction, would cost two round trips a save for a partial rollback nothing uses.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            var result = await command();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            Telemetry.AppMetrics.CommitDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds);
            db.RunAfterCommit();
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DropAfterCommit(0);
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.VersionConflict, "Someone else changed this at the same moment; the current state has been reloaded.");
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.DropAfterCommit(0);
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.VersionConflict, "Someone else made the same change at the same moment; nothing was saved. Reload and check.");
        }
        catch
        {
            db.DropAfterCommit(0);
            throw;
        }
    }

    public static Task RunAsync(this AppDbContext db, Func<Task> command, CancellationToken ct = default) =>
        db.RunAsync(async () => { await command(); return true; }, ct);
}
