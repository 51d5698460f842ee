using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// The backstop of the text limits (<see cref="TextLimits"/>): before anything is written, every text of an added or
/// changed row is checked against its column's length, and one over it is refused with <c>text.too_long</c>. The
/// domain checks its texts first with a readable message; this makes a text a command forgot (a file name, a
/// language tag, a key, a label built from a title) answer the same on every provider, instead of SQLite storing it
/// whole and PostgreSQL or SQL Server failing at commit with a 500.
/// </summary>
internal sealed class ColumnLengthGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is not string text || property.Metadata.GetMaxLength() is not int max || text.Length <= max) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                throw new DomainException(ErrorCodes.TextTooLong,
                    $"The {Words(property.Metadata.Name)} of the {Words(entry.Metadata.ClrType.Name)} is too long ({text.Length} characters; at most {max}).");
            }
        }
    }

    // "DisplayName" -> "display name": the message names the field in words.
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
