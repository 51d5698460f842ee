using OnlineMinisterial.Web.Features.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>
/// The shape of every command on the declaration: lock it, apply one domain change, audit it if it changed anything,
/// commit, then broadcast the new version. A change that changes nothing (same text again) is neither audited nor sent.
/// </summary>
public sealed class DeclarationChanges(AppDbContext db, AuditLog audit, VotingBroadcaster broadcast)
{
    /// <summary>
    /// <paramref name="change"/> runs under the lock and returns the actor to record (checks of who may act belong
    /// there, so they read the state the change will see) and the audit details.
    /// </summary>
    internal async Task<Domain.Declaration.Declaration> ApplyAsync(string action, Guid? declarationId,
        Func<Domain.Declaration.Declaration, Task<(Actor Actor, object? Details)>> change, CancellationToken ct)
    {
        var (declaration, announce) = await ApplyDeferredAsync(action, declarationId, change, ct);
        if (announce is not null) await announce();
        return declaration;
    }

    /// <summary>
    /// <see cref="ApplyAsync"/> for a caller that owns the transaction (a scheduled transition): the change joins it,
    /// and the broadcast of the new version comes back to be sent once that transaction has committed (null if the
    /// change changed nothing).
    /// </summary>
    internal async Task<(Domain.Declaration.Declaration Declaration, Func<Task>? Announce)> ApplyDeferredAsync(string action,
        Guid? declarationId, Func<Domain.Declaration.Declaration, Task<(Actor Actor, object? Details)>> change, CancellationToken ct)
    {
        var (declaration, changed) = await db.RunAsync(async () =>
        {
            var declaration = declarationId is { } id ? await db.LockDeclarationAsync(id, ct) : await db.LockCurrentDeclarationAsync(ct);
            var before = declaration.Version;
            var (actor, details) = await change(declaration);
            var changed = declaration.Version != before;
            if (changed) audit.Record(db, actor, action, nameof(Domain.Declaration.Declaration), declaration.Id, details);
            return (declaration, changed);
        }, ct);
        return (declaration, changed ? () => broadcast.DeclarationChangedAsync(declaration) : null);
    }
}
