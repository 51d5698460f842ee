using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// Invites guests to a panel. A guest signs in with an observer account (they watch what is public); the invitation
/// is what lets the moderator put them on this panel's stage, and nothing else.
/// </summary>
public sealed class PanelGuestService(AppDbContext db, UserManager<Person> users, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Invites the person with <see cref="InviteGuestRequest.Email"/>, creating an observer account (with the given
    /// password) when there is none. Inviting the same person again returns the first invitation.
    /// </summary>
    public async Task<PanelGuestView> InviteAsync(ClaimsPrincipal user, Guid sessionId, InviteGuestRequest request, CancellationToken ct = default)
    {
        await EnsureModeratorAsync(user, sessionId, ct);
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0 || string.IsNullOrWhiteSpace(request.DisplayName))
            throw new DomainException(PanelErrors.GuestIncomplete, "A guest needs an email address and a name.");

        var person = await users.FindByEmailAsync(email) ?? await CreateAccountAsync(email, request.DisplayName.Trim(), request.Password);
        if (person.DelegationId is not null)
            throw new DomainException(PanelErrors.GuestIsDelegate, "A delegate can be put on the stage without an invitation.");

        var guest = await db.PanelGuests.SingleOrDefaultAsync(g => g.SessionId == sessionId && g.PersonId == person.Id, ct);
        if (guest is null)
        {
            await db.RunAsync(() =>
            {
                guest = PanelGuest.Invite(Guid.NewGuid(), sessionId, person.Id, time.GetUtcNow());
                db.PanelGuests.Add(guest);
                audit.Record(db, Actor.From(user), "panel.guest_invited", nameof(PanelGuest), guest.Id, new { sessionId, personId = person.Id });
                return Task.CompletedTask;
            }, ct);
        }
        return new PanelGuestView(guest!.Id, person.Id, person.DisplayName, person.Email ?? "", guest.InvitedAt);
    }

    public async Task<IReadOnlyList<PanelGuestView>> GuestsAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct = default)
    {
        await EnsureModeratorAsync(user, sessionId, ct);
        return await (from g in db.PanelGuests.AsNoTracking()
                      join u in db.Users on g.PersonId equals u.Id
                      where g.SessionId == sessionId
                      orderby u.DisplayName
                      select new PanelGuestView(g.Id, u.Id, u.DisplayName, u.Email ?? "", g.InvitedAt)).ToListAsync(ct);
    }

    private async Task EnsureModeratorAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct)
    {
        var session = await db.PanelSessionAsync(sessionId, tracked: false, ct);
        if (!PanelCaller.From(user).Moderates(session))
            throw new DomainException(PanelErrors.NotModerator, "Only the moderator of this panel or the secretariat can invite guests.");
    }

    private async Task<Person> CreateAccountAsync(string email, string displayName, string? password)
    {
        TextLimits.Check(displayName, TextLimits.PersonName, "guest's name");
        TextLimits.Check(email, TextLimits.Email, "guest's e-mail");
        if (string.IsNullOrEmpty(password))
            throw new DomainException(PanelErrors.GuestPasswordRequired, "There is no account with that email; give a password to create one.");
        var person = new Person { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Check(await users.CreateAsync(person, password));
        Check(await users.AddToRoleAsync(person, Roles.Observer));
        return person;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException(result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? AccreditationErrors.PasswordRejected : ErrorCodes.InvalidArgument,
                string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
