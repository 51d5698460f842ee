using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Casting a vote. The receipt is returned only after the commit, so a delegation holding a receipt holds a vote that
/// survives a crash. A retry with the same idempotency key returns the first receipt and changes nothing. Casts to
/// one poll that arrive together are committed together (<see cref="CommandGroups"/>), each with its own version,
/// sequence and audit entry; the broadcast follows the commit in version order without the caster waiting for it.
/// </summary>
public sealed class BallotBox(AppDbContext db, Callers callers, AuditLog audit, VotingBroadcaster broadcast, TimeProvider time, CommandGroups groups)
{
    public Task<VoteReceipt> CastAsync(ClaimsPrincipal user, Guid pollId, VoteChoice choice, string idempotencyKey, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > CastEntryConfiguration.IdempotencyKeyMaxLength)
            throw new DomainException(ErrorCodes.InvalidArgument,
                $"A cast needs an idempotency key of 1 to {CastEntryConfiguration.IdempotencyKeyMaxLength} characters.");
        return groups.RunAsync(VotingBroadcaster.Aggregate(pollId),
            (services, token) => services.GetRequiredService<BallotBox>().CastNowAsync(user, pollId, choice, idempotencyKey, token), ct,
            // A cast reads what the casts before it in its group did only through the poll held in memory, and its
            // refusals (seat, state, eligibility, deadline, choice) all come before it changes anything.
            GroupSave.Once);
    }

    private async Task<VoteReceipt> CastNowAsync(ClaimsPrincipal user, Guid pollId, VoteChoice choice, string idempotencyKey, CancellationToken ct)
    {
        var receipt = await db.RunAsync(async () =>
        {
            var poll = await db.LockPollAsync(pollId, ct);
            var delegation = await callers.SeatHeldByAsync(user, "cast the delegation's vote", ct);
            var before = poll.Version;
            var receipt = poll.Cast(delegation.Id, choice, idempotencyKey, time.StoredNow());
            if (poll.Version != before)
            {
                // Every cast is audited; a secret poll's choice never is.
                var details = poll.Mode == PollMode.Secret
                    ? (object)new { receipt.ReceiptId, receipt.Sequence }
                    : new { receipt.ReceiptId, receipt.Sequence, Choice = receipt.Choice?.ToString() };
                audit.Record(db, new Actor(delegation.SeatHolderId, delegation.Id), "poll.vote_cast", nameof(Poll), poll.Id, details);
                db.AfterCommit(broadcast.VoteCounted(poll, delegation.Id, delegation.SeatHolderId));
            }
            return receipt;
        }, ct);
        return VoteReceipt.From(receipt);
    }
}
