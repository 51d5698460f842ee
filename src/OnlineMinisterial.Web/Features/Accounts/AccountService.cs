using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accounts;

/// <summary>
/// The secretariat's account actions. Each runs in one transaction with its audit entry; deactivation and
/// "end sessions" then close the person's hub connections on every node. Repeating an action changes nothing more.
/// </summary>
public sealed class AccountService(AppDbContext db, PersonSessions sessions, AuditLog audit, TimeProvider time)
{
    public Task<AccountView> UnlockAsync(ClaimsPrincipal by, string personId, CancellationToken ct) =>
        ActAsync(by, personId, "account.unlocked", p =>
        {
            p.LockoutEnd = null;
            p.AccessFailedCount = 0;
            return Task.CompletedTask;
        }, endSessions: false, ct);

    public Task<AccountView> DeactivateAsync(ClaimsPrincipal by, string personId, CancellationToken ct)
    {
        if (by.FindFirstValue(ClaimTypes.NameIdentifier) == personId)
            throw new DomainException(ErrorCodes.CannotDeactivateSelf, "You cannot deactivate your own account; ask another member of the secretariat.");
        return ActAsync(by, personId, "account.deactivated", async p =>
        {
            p.DeactivatedAt ??= time.GetUtcNow();
            await sessions.RenewStampAsync(p.Id, ct);
        }, endSessions: true, ct);
    }

    public Task<AccountView> ReactivateAsync(ClaimsPrincipal by, string personId, CancellationToken ct) =>
        ActAsync(by, personId, "account.reactivated", p =>
        {
            p.DeactivatedAt = null;
            return Task.CompletedTask;
        }, endSessions: false, ct);

    public Task<AccountView> EndSessionsAsync(ClaimsPrincipal by, string personId, CancellationToken ct) =>
        ActAsync(by, personId, "account.sessions_ended", p => sessions.RenewStampAsync(p.Id, ct), endSessions: true, ct);

    private async Task<AccountView> ActAsync(ClaimsPrincipal by, string personId, string action, Func<Person, Task> change,
        bool endSessions, CancellationToken ct)
    {
        await db.RunAsync(async () =>
        {
            var person = await db.Users.FirstOrDefaultAsync(p => p.Id == personId, ct)
                ?? throw new DomainException(ErrorCodes.PersonNotFound, "No such account.");
            await change(person);
            audit.Record(db, Actor.From(by), action, nameof(Person), person.Id);
        }, ct);
        if (endSessions) await sessions.CloseConnectionsAsync(personId);
        return (await new AccountQueries(db, time).ListAsync(null, null, personId, ct)).Accounts.Single();
    }
}
