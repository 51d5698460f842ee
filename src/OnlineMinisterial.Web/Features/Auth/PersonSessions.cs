using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Ends every session of a person: a new security stamp makes each of their cookies invalid at its next request or
/// hub call, and their open hub connections, on every node, are closed within seconds. Sign-out, a password change,
/// a deactivation and the secretariat's "end sessions" all come here.
/// </summary>
public sealed class PersonSessions(AppDbContext db, SessionEndSignal signal)
{
    /// <summary>Changes the stamp inside the caller's transaction (so it commits with the change that asked for it).</summary>
    public async Task<Person> RenewStampAsync(string personId, CancellationToken ct)
    {
        var person = await db.Users.FirstOrDefaultAsync(p => p.Id == personId, ct)
            ?? throw new DomainException(ErrorCodes.PersonNotFound, "No such account.");
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        person.ConcurrencyStamp = Guid.NewGuid().ToString();
        return person;
    }

    /// <summary>After the commit: close the person's open hub connections everywhere.</summary>
    public Task CloseConnectionsAsync(string personId) => signal.EndAsync(personId);

    /// <summary>Both, for a caller with nothing else to commit.</summary>
    public async Task EndAsync(string personId, CancellationToken ct = default)
    {
        await db.RunAsync(() => RenewStampAsync(personId, ct), ct);
        await CloseConnectionsAsync(personId);
    }
}
