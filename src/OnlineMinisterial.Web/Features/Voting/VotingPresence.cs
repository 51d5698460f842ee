using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Quorum counts live presence: a voting delegation is present while at least one of its members has an open hub
/// connection (the PresenceConnections rows every node keeps, swept when a node dies).
/// </summary>
internal static class VotingPresence
{
    public static Task<List<Guid>> VotingDelegationIdsAsync(this AppDbContext db, Guid conferenceId, CancellationToken ct) =>
        db.Delegations.Where(d => d.ConferenceId == conferenceId && d.Votes).OrderBy(d => d.Name).Select(d => d.Id).ToListAsync(ct);

    /// <summary>How many of <paramref name="votingDelegationIds"/> are present now.</summary>
    public static Task<int> PresentAmongAsync(this AppDbContext db, IReadOnlyCollection<Guid> votingDelegationIds, CancellationToken ct) =>
        db.PresenceConnections
            .Where(c => c.DelegationId != null && votingDelegationIds.Contains(c.DelegationId.Value))
            .Select(c => c.DelegationId)
            .Distinct()
            .CountAsync(ct);
}
