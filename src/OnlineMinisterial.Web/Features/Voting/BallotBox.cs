using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Casting a vote. The receipt is returned only after the commit, so a delegation holding a receipt holds a vote that
/// survives a crash. A retry with the same idempotency key returns the first receipt and changes nothing.
/// </summary>
public sealed class BallotBox(AppDbContext db, Callers callers, AuditLog audit, VotingBroadcaster broadcast, TimeProvider time)
{
    public async Task<VoteReceipt> CastAsync(ClaimsPrincipal user, Guid pollId, VoteChoice choice, string idempotencyKey, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > CastEntryConfiguration.IdempotencyKeyMaxLength)
            throw new DomainException(ErrorCodes.InvalidArgument,
                $"A cast needs an idempotency key of 1 to {CastEntryConfiguration.IdempotencyKeyMaxLength} characters.");

        var (poll, receipt, counted, seatHolderId) = await db.RunAsync(async () =>
        {
            var poll = await db.LockPollAsync(pollId, ct);
            var delegation = await callers.SeatHeldByAsync(user, "cast the delegation's vote", ct);
            var before = poll.Version;
            var receipt = poll.Cast(delegation.Id, choice, idempotencyKey, time.StoredNow());
            var counted = poll.Version != before;
            if (counted)
            {
                // Every cast is audited; a secret poll's choice never is.
                var details = poll.Mode == PollMode.Secret
                    ? (object)new { receipt.ReceiptId, receipt.Sequence }
                    : new { receipt.ReceiptId, receipt.Sequence, Choice = receipt.Choice?.ToString() };
                audit.Record(db, new Actor(delegation.SeatHolderId, delegation.Id), "poll.vote_cast", nameof(Poll), poll.Id, details);
            }
            return (poll, receipt, counted, delegation.SeatHolderId);
        }, ct);

        if (counted)
        {
            await broadcast.VoteCastAsync(poll);
            if (seatHolderId is not null) await broadcast.YourVoteChangedAsync(seatHolderId, poll, receipt.DelegationId);
        }
        return VoteReceipt.From(receipt);
    }
}
