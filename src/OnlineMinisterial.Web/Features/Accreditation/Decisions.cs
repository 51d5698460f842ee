using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Accreditation.Email;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// The secretariat decides: approving a nomination or request makes the account and sends the invitation;
/// rejecting it tells the nominee why. Public requests from observers and press enter here too.
/// </summary>
public sealed class Decisions(AppDbContext db, AuditLog audit, TimeProvider time, AccountFactory accounts, Invitations invitations,
    Letters letters, Microsoft.AspNetCore.Identity.UserManager<Person> users)
{
    public async Task<NominationView> ApproveAsync(ClaimsPrincipal user, Guid id, int? version, CancellationToken ct, bool sendInvitation = true)
    {
        var view = await db.RunAsync(async () =>
        {
            var (nomination, conference) = await FindAsync(id, version, ct);
            nomination.EnsurePending();
            var role = nomination.Category == ParticipantCategory.Delegate ? Roles.Delegate : Roles.Observer;
            var person = await accounts.CreateAsync(nomination.Email, nomination.DisplayName, role, nomination.DelegationId, nomination.SeatRole);
            nomination.Approve(Actor.From(user).PersonId ?? "", person.Id, time.GetUtcNow());
            string? code = null;
            if (nomination.DelegationId is { } delegationId)
            {
                var delegation = await db.Delegations.FirstAsync(d => d.Id == delegationId, ct);
                code = delegation.Code;
                if (nomination.SeatRole == SeatRole.Head && delegation.SeatHolderId is null) delegation.AssignSeat(person.AsMember()!);
            }
            if (sendInvitation) await invitations.QueueAsync(person, nomination.Language, conference.Title, ct);
            audit.Record(db, Actor.From(user), "nomination.approved", nameof(Nomination), nomination.Id, new { personId = person.Id, nomination.Email, role });
            return Views.Of(nomination, code);
        }, ct);
        await letters.SendAsync(ct);
        return view;
    }

    public async Task<NominationView> RejectAsync(ClaimsPrincipal user, Guid id, RejectRequest input, CancellationToken ct)
    {
        var view = await db.RunAsync(async () =>
        {
            var (nomination, conference) = await FindAsync(id, null, ct);
            nomination.Reject(Actor.From(user).PersonId ?? "", input.Reason ?? "", time.GetUtcNow());
            letters.Rejection(nomination.Email, nomination.DisplayName, nomination.Language, conference.Title, nomination.Reason!);
            audit.Record(db, Actor.From(user), "nomination.rejected", nameof(Nomination), nomination.Id, new { nomination.Email, nomination.Reason });
            var code = await db.Delegations.Where(d => d.Id == nomination.DelegationId).Select(d => d.Code).FirstOrDefaultAsync(ct);
            return Views.Of(nomination, code);
        }, ct);
        await letters.SendAsync(ct);
        return view;
    }

    /// <summary>The public form. The answer is the same whether or not the address is known, so it reveals no account.</summary>
    public async Task RequestAsync(AccreditationRequestInput input, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var conference = await db.Conferences.OrderBy(one => one.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainException(ErrorCodes.ConferenceNotFound, "No conference has been set up yet.");
            if (!Enum.IsDefined(input.Category)) throw new DomainException(ErrorCodes.InvalidArgument, "Ask as an observer or as press.");
            var nomination = Nomination.Request(conference.Id, input.Category, input.DisplayName ?? "", input.Email ?? "",
                FocalPoints.Language(conference, input.Language), input.Organization ?? "", time.GetUtcNow());
            db.Nominations.Add(nomination);
            audit.Record(db, Actor.System, "accreditation.requested", nameof(Nomination), nomination.Id,
                new { category = input.Category.ToString(), nomination.Email, nomination.Organization });
        }, ct);

    /// <summary>The secretariat invites a colleague or a chair directly (no nomination: the secretariat is the one who approves).</summary>
    public async Task<string> InviteStaffAsync(ClaimsPrincipal user, StaffInput input, CancellationToken ct, string? passwordHash = null)
    {
        var id = await db.RunAsync(async () =>
        {
            if (input.Role is not (Roles.Secretariat or Roles.Chair))
                throw new DomainException(ErrorCodes.InvalidArgument, "Staff are invited as Secretariat or Chair.");
            var conference = await db.Conferences.OrderBy(one => one.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainException(ErrorCodes.ConferenceNotFound, "No conference has been set up yet.");
            var person = await accounts.CreateAsync(input.Email ?? "", input.DisplayName ?? "", input.Role, passwordHash: passwordHash);
            if (passwordHash is null) await invitations.QueueAsync(person, FocalPoints.Language(conference, input.Language), conference.Title, ct);
            audit.Record(db, Actor.From(user), "staff.invited", "Person", person.Id, new { person.Email, input.Role });
            return person.Id;
        }, ct);
        await letters.SendAsync(ct);
        return id;
    }

    /// <summary>A new invitation (the old link stops working) for someone who has not set a password yet.</summary>
    public async Task ResendInvitationAsync(ClaimsPrincipal user, string personId, CancellationToken ct)
    {
        await db.RunAsync(async () =>
        {
            var person = await db.Users.FirstOrDefaultAsync(p => p.Id == personId, ct)
                ?? throw new DomainException(ErrorCodes.PersonNotFound, "There is no such person.");
            if (person.PasswordHash is not null)
                throw new DomainException(AccreditationErrors.InvitationAccepted, "This person has set a password already; they can use \"Forgot password\".");
            var conference = await db.Conferences.OrderBy(one => one.Id).FirstAsync(ct);
            var language = await db.Nominations.Where(n => n.PersonId == personId).Select(n => n.Language).FirstOrDefaultAsync(ct);
            await invitations.QueueAsync(person, language ?? conference.LanguageList[0], conference.Title, ct);
            audit.Record(db, Actor.From(user), "invitation.resent", "Person", person.Id, new { person.Email });
        }, ct);
        await letters.SendAsync(ct);
    }

    /// <summary>Lets an approved participant chair or moderate: the agenda then offers them as a session's chair.</summary>
    public async Task MakeChairAsync(ClaimsPrincipal user, string personId, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            // Holds the person's row until the commit: two screens giving the role at once are served one after the other.
            await db.Users.Where(u => u.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), ct);
            var person = await users.FindByIdAsync(personId) ?? throw new DomainException(ErrorCodes.PersonNotFound, "There is no such person.");
            if (!await users.IsInRoleAsync(person, Roles.Chair)) AccountFactory.Check(await users.AddToRoleAsync(person, Roles.Chair));
            audit.Record(db, Actor.From(user), "person.chair_role_given", "Person", person.Id);
        }, ct);

    /// <summary>
    /// Holds the nomination's row until the commit: two secretariat members deciding the same nomination at once
    /// are served one after the other, and the second finds it decided (<c>nomination.not_pending</c>).
    /// </summary>
    private async Task<(Nomination, Domain.Conference.Conference)> FindAsync(Guid id, int? version, CancellationToken ct)
    {
        await db.Nominations.Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Version, n => n.Version), ct);
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, ct)
            ?? throw new DomainException(AccreditationErrors.NominationNotFound, "There is no such nomination.");
        if (version is { } v && v != nomination.Version)
            throw new DomainException(ErrorCodes.VersionConflict, "The nomination was changed meanwhile; reload the list.");
        return (nomination, await db.Conferences.FirstAsync(c => c.Id == nomination.ConferenceId, ct));
    }
}
