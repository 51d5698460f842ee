using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Accreditation.Email;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// A delegation's focal point: invited by the secretariat, then nominates the members (within the limits),
/// withdraws a pending nomination, and designates who holds the seat.
/// </summary>
public sealed class FocalPoints(AppDbContext db, AuditLog audit, TimeProvider time, AccountFactory accounts, Invitations invitations,
    IOptions<AccreditationOptions> options, IHubContext<ConferenceHub, IConferenceClient> hub, Letters letters)
{
    /// <summary>The secretariat names a delegation's focal point (usually its head): approved at once and invited.</summary>
    public async Task<NominationView> InviteAsync(ClaimsPrincipal user, Guid delegationId, PersonInput input, CancellationToken ct, bool sendInvitation = true)
    {
        var view = await db.RunAsync(async () =>
        {
            await LockAsync(delegationId, ct);
            var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == delegationId, ct)
                ?? throw new DomainException(ErrorCodes.DelegationNotFound, "There is no such delegation.");
            var conference = await db.Conferences.FirstAsync(c => c.Id == delegation.ConferenceId, ct);
            var language = Language(conference, input.Language);
            var existing = await db.Users.FirstOrDefaultAsync(p => p.Email == EmailAddress.Normalize(input.Email ?? ""), ct);
            Nomination nomination;
            if (existing is not null && existing.DelegationId == delegationId)
            {
                nomination = await db.Nominations.FirstAsync(n => n.PersonId == existing.Id, ct);
            }
            else
            {
                await CheckLimitsAsync(delegationId, input.Role, ct);
                nomination = Nomination.ForDelegation(conference.Id, delegationId, input.Role, input.DisplayName ?? "", input.Email ?? "", language,
                    Actor.From(user).PersonId, time.GetUtcNow());
                var person = await accounts.CreateAsync(nomination.Email, nomination.DisplayName, Roles.Delegate, delegationId, input.Role);
                nomination.Approve(Actor.From(user).PersonId ?? "", person.Id, time.GetUtcNow());
                db.Nominations.Add(nomination);
                if (input.Role == SeatRole.Head && delegation.SeatHolderId is null && person.AsMember() is { } head) delegation.AssignSeat(head);
                if (sendInvitation) await invitations.QueueAsync(person, language, conference.Title, ct);
            }
            delegation.SetFocalPoint(nomination.PersonId!);
            audit.Record(db, Actor.From(user), "delegation.focal_point_named", nameof(Delegation), delegation.Id,
                new { personId = nomination.PersonId, nomination.Email, role = input.Role.ToString() });
            return Views.Of(nomination, delegation.Code);
        }, ct);
        await letters.SendAsync(ct);
        return view;
    }

    public async Task<NominationView> NominateAsync(ClaimsPrincipal user, PersonInput input, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var delegation = await OwnDelegationAsync(user, ct);
            await LockAsync(delegation.Id, ct);
            var conference = await db.Conferences.FirstAsync(c => c.Id == delegation.ConferenceId, ct);
            await CheckLimitsAsync(delegation.Id, input.Role, ct);
            var nomination = Nomination.ForDelegation(conference.Id, delegation.Id, input.Role, input.DisplayName ?? "", input.Email ?? "",
                Language(conference, input.Language), Actor.From(user).PersonId, time.GetUtcNow());
            if (await db.Users.AnyAsync(p => p.Email == nomination.Email, ct)
                || await db.Nominations.AnyAsync(n => n.Email == nomination.Email && n.State == NominationState.Pending, ct))
                throw new DomainException(AccreditationErrors.EmailTaken, "This person is already accredited or nominated.");
            db.Nominations.Add(nomination);
            audit.Record(db, Actor.From(user), "nomination.submitted", nameof(Nomination), nomination.Id,
                new { nomination.Email, role = input.Role.ToString(), delegation = delegation.Code });
            return Views.Of(nomination, delegation.Code);
        }, ct);

    public async Task<NominationView> WithdrawAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var delegation = await OwnDelegationAsync(user, ct);
            var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id && n.DelegationId == delegation.Id, ct)
                ?? throw new DomainException(AccreditationErrors.NominationNotFound, "Your delegation has no such nomination.");
            nomination.Withdraw(time.GetUtcNow());
            audit.Record(db, Actor.From(user), "nomination.withdrawn", nameof(Nomination), nomination.Id, new { nomination.Email });
            return Views.Of(nomination, delegation.Code);
        }, ct);

    /// <summary>The seat holder is the head unless the focal point designates another representative or an alternate.</summary>
    public async Task<SeatChanged> DesignateSeatHolderAsync(ClaimsPrincipal user, string? personId, CancellationToken ct)
    {
        var changed = await db.RunAsync(async () =>
        {
            var delegation = await OwnDelegationAsync(user, ct);
            var person = await db.Users.FirstOrDefaultAsync(p => p.Id == personId && p.DelegationId == delegation.Id, ct)
                ?? throw new DomainException(ErrorCodes.NotYourDelegation, "That person is not an accredited member of your delegation.");
            if (person.SeatRole == SeatRole.Adviser)
                throw new DomainException(ErrorCodes.SeatTransferInvalid, "An adviser cannot hold the seat.");
            delegation.AssignSeat(person.AsMember()!);
            audit.Record(db, Actor.From(user), "seat.designated", nameof(Delegation), delegation.Id, new { to = person.Id });
            return new SeatChanged(delegation.Id, delegation.Version, person.Id, person.DisplayName);
        }, ct);
        await hub.Clients.All.SeatChanged(changed);
        return changed;
    }

    public async Task<Delegation> OwnDelegationAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var personId = Actor.From(user).PersonId;
        return await db.Delegations.FirstOrDefaultAsync(d => d.FocalPointId != null && d.FocalPointId == personId, ct)
            ?? throw new DomainException(AccreditationErrors.NotFocalPoint, "Only a delegation's focal point can do this.");
    }

    /// <summary>
    /// Holds the delegation's row until the commit, so that two nominations sent at once are counted one after the
    /// other against the limits (one head, five representatives) instead of both passing the count.
    /// </summary>
    private Task<int> LockAsync(Guid delegationId, CancellationToken ct) =>
        db.Delegations.Where(d => d.Id == delegationId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version), ct);

    private async Task CheckLimitsAsync(Guid delegationId, SeatRole role, CancellationToken ct)
    {
        if (!Enum.IsDefined(role)) throw new DomainException(ErrorCodes.InvalidArgument, "Unknown role.");
        var current = await db.Nominations.Where(n => n.DelegationId == delegationId
                && (n.State == NominationState.Pending || n.State == NominationState.Approved))
            .Select(n => n.SeatRole!.Value).ToListAsync(ct);
        options.Value.Limits.Check(current, role);
    }

    internal static string Language(Domain.Conference.Conference conference, string? requested) =>
        requested is { Length: > 0 } l && conference.LanguageList.Contains(l.Trim().ToLowerInvariant())
            ? l.Trim().ToLowerInvariant() : conference.LanguageList is [var first, ..] ? first : "en";
}
