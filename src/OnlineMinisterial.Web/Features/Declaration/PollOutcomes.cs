using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>What a poll's publication or cancellation does to the declaration, inside the poll command's transaction.</summary>
public sealed class PollOutcomes(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public sealed record Outcome(Domain.Declaration.Declaration? Declaration, Amendment? Amendment);

    /// <summary>A published amendment vote enters the draft or rejects the amendment; an adopting declaration vote adopts it.</summary>
    internal async Task<Outcome> ApplyPublishedAsync(Poll poll, Actor actor, CancellationToken ct)
    {
        var result = poll.Result!;
        var now = time.StoredNow();
        if (poll.SubjectKind == PollSubjectKind.Amendment)
        {
            // Read as a value, not an entity: the amendment is loaded only after the declaration's lock is held.
            var declarationId = await db.Amendments.Where(a => a.Id == poll.SubjectId).Select(a => a.DeclarationId).FirstOrDefaultAsync(ct);
            var declaration = await db.LockDeclarationAsync(declarationId, ct);
            var amendment = await db.LockAmendmentAsync(poll.SubjectId, ct);
            var draftVersion = declaration.Version;
            declaration.ApplyAmendmentVote(amendment, result, now);
            audit.Record(db, actor, result.Adopted ? "amendment.accepted" : "amendment.rejected", nameof(Amendment), amendment.Id,
                new { PollId = poll.Id });
            return new(declaration.Version != draftVersion ? declaration : null, amendment);
        }
        if (!result.Adopted) return new(null, null);

        var adopted = await db.LockDeclarationAsync(poll.SubjectId, ct);
        adopted.AdoptByVote(result, now);
        audit.Record(db, actor, "declaration.adopted", nameof(Domain.Declaration.Declaration), adopted.Id,
            new { Method = adopted.AdoptedBy?.ToString(), PollId = poll.Id, Version = adopted.AdoptedVersionNumber });
        return new(adopted, null);
    }

    /// <summary>A cancelled amendment vote leaves the amendment pending again, to be decided or put to a new vote.</summary>
    internal async Task<Amendment?> ApplyCancelledAsync(Poll poll, Actor actor, CancellationToken ct)
    {
        if (poll.SubjectKind != PollSubjectKind.Amendment) return null;
        var amendment = await db.LockAmendmentAsync(poll.SubjectId, ct);
        if (amendment.State != AmendmentState.PutToVote || amendment.PollId != poll.Id) return null;
        amendment.CancelVote();
        audit.Record(db, actor, "amendment.vote_cancelled", nameof(Amendment), amendment.Id, new { PollId = poll.Id });
        return amendment;
    }
}
