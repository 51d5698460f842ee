using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// What the current transaction already holds: a lock it took and what it read under that lock (a poll, a session,
/// the audit chain's head). The commands of a group (<see cref="CommandGroups"/>) run in one transaction; the second
/// and later ones find their aggregate locked and loaded by the first, tracked and up to date, and skip reading it again.
/// Valid only within the transaction that took it: a new transaction (or none) sees nothing held.
/// </summary>
public abstract partial class AppDbContext
{
    private readonly Dictionary<string, object> _held = [];
    private IDbContextTransaction? _heldIn;

    /// <summary>Inside a group saved once (<see cref="GroupSave.Once"/>): its commands leave their changes to the group's save.</summary>
    internal bool SavesDeferred { get; set; }

    /// <summary>How many entities are tracked as added, without detecting changes: what a group saved once has yet to insert.</summary>
    internal int AddedCount()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return ChangeTracker.Entries().Count(e => e.State == EntityState.Added);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    internal T? Held<T>(string key) where T : class
    {
        Forget();
        return _held.GetValueOrDefault(key) as T;
    }

    /// <summary>What this transaction already read under <paramref name="key"/>, or what <paramref name="load"/> reads now, held for the rest of it.</summary>
    internal async Task<T> HeldOrReadAsync<T>(string key, Func<Task<T>> load) where T : class
    {
        if (Held<T>(key) is { } held) return held;
        var value = await load();
        Hold(key, value);
        return value;
    }

    /// <summary>What this transaction holds under <paramref name="key"/>, or what <paramref name="create"/> makes now, held for the rest of it.</summary>
    internal T HeldOr<T>(string key, Func<T> create) where T : class
    {
        if (Held<T>(key) is { } held) return held;
        var value = create();
        Hold(key, value);
        return value;
    }

    internal void Hold(string key, object value)
    {
        Forget();
        if (Database.CurrentTransaction is not { } tx) return;
        _heldIn = tx;
        _held[key] = value;
    }

    private void Forget()
    {
        if (_heldIn is not null && ReferenceEquals(_heldIn, Database.CurrentTransaction)) return;
        _held.Clear();
        _heldIn = null;
    }
}
