using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Conference;

/// <summary>Moves a delegation's seat: the head hands it on, or a present alternate takes it when the holder dropped out.</summary>
public sealed class SeatService(AppDbContext db, AuditLog audit, PresenceTracker presence,
    IHubContext<ConferenceHub, IConferenceClient> hub)
{
    public async Task<SeatChanged> HandSeatAsync(ClaimsPrincipal user, string toPersonId, CancellationToken ct = default)
    {
        var changed = await db.RunAsync(async () =>
        {
            var (head, delegation) = await MemberAndDelegationAsync(user, ct);
            var to = await db.Users.FirstOrDefaultAsync(p => p.Id == toPersonId, ct)
                ?? throw new DomainException(ErrorCodes.PersonNotFound, "There is no such person.");
            delegation.HandSeat(head, to.AsMember() ?? throw new DomainException(ErrorCodes.NotYourDelegation, "That person is not a member of your delegation."));
            audit.Record(db, Actor.From(user), "seat.handed", nameof(Delegation), delegation.Id, new { from = head.PersonId, to = to.Id });
            return new SeatChanged(delegation.Id, delegation.Version, to.Id, to.DisplayName);
        }, ct);
        await hub.Clients.All.SeatChanged(changed);
        return changed;
    }

    public async Task<SeatChanged> TakeSeatAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var changed = await db.RunAsync(async () =>
        {
            var (member, delegation) = await MemberAndDelegationAsync(user, ct);
            var holderPresent = delegation.SeatHolderId is { } holder && await presence.IsPresentAsync(holder, ct);
            var previous = delegation.SeatHolderId;
            delegation.TakeSeat(member, holderPresent);
            audit.Record(db, Actor.From(user), "seat.taken", nameof(Delegation), delegation.Id, new { from = previous, to = member.PersonId });
            return new SeatChanged(delegation.Id, delegation.Version, member.PersonId, user.FindFirstValue(AppClaims.DisplayName) ?? "");
        }, ct);
        await hub.Clients.All.SeatChanged(changed);
        return changed;
    }

    private async Task<(Member member, Delegation delegation)> MemberAndDelegationAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var personId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var person = await db.Users.FirstOrDefaultAsync(p => p.Id == personId, ct);
        var member = person?.AsMember() ?? throw new DomainException(ErrorCodes.Forbidden, "Only members of a delegation hold seats.");
        var delegation = await db.Delegations.FirstAsync(d => d.Id == member.DelegationId, ct);
        return (member, delegation);
    }
}

public sealed record SeatChanged(Guid DelegationId, int Version, string SeatHolderId, string SeatHolderName);
