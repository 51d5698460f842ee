using System.Text.Json;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>
/// The one way features record a change. The entry is added to the same <see cref="AppDbContext"/> as the change,
/// so it commits or rolls back with it; <see cref="AuditChain"/> links it into the hash chain as it is saved.
/// </summary>
public sealed class AuditLog(TimeProvider time)
{
    public AuditEntry Record(AppDbContext db, Actor actor, string action, string subjectType, object subjectId, object? details = null)
    {
        var entry = new AuditEntry
        {
            // Whole milliseconds: every provider reads back the same instant, so the entry hashes the same after a round trip.
            At = time.StoredNow(),
            ActorId = actor.PersonId,
            ActorDelegationId = actor.DelegationId,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId.ToString() ?? "",
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        };
        db.AddAuditEntry(entry);
        return entry;
    }
}
