using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Features.Accreditation.Email;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>Passwords are set through links only (invitation, reset) or by their owner; none travels in a message.</summary>
public sealed class Passwords(AppDbContext db, AccessLinks links, AccountFactory accounts, UserManager<Person> users, AuditLog audit,
    Letters letters, PublicAddress address, TimeProvider time, IOptions<RateLimitOptions> limits, ILogger<Passwords> logger)
{
    /// <summary>Who a link is for, so its page can greet them; the link is not used up.</summary>
    public async Task<LinkCheck> CheckAsync(LinkCheckRequest request, TimeProvider time, CancellationToken ct)
    {
        var link = await links.FindAsync(request.Purpose, request.Token, ct);
        link.EnsureUsable(time.GetUtcNow());
        var person = link.PersonId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(p => p.Id == link.PersonId, ct);
        return new LinkCheck(link.Purpose, person?.DisplayName, person?.Email, link.ExpiresAt);
    }

    /// <summary>Redeems an invitation or reset link and sets the password; returns the person to sign in.</summary>
    public async Task<Person> SetWithLinkAsync(AccessLinkPurpose purpose, SetPasswordRequest request, CancellationToken ct) =>
        await db.RunAsync(async () =>
        {
            var link = await links.RedeemAsync(purpose, request.Token, ct);
            var person = await db.Users.FirstOrDefaultAsync(p => p.Id == link.PersonId, ct)
                ?? throw new DomainException(AccreditationErrors.LinkInvalid, "This link is not valid any more.");
            await accounts.SetPasswordAsync(person, request.Password);
            audit.Record(db, new Actor(person.Id, person.DelegationId), purpose == AccessLinkPurpose.Invitation ? "invitation.accepted" : "password.reset",
                "Person", person.Id);
            return person;
        }, ct);

    /// <summary>Sends a reset link if the address has an account; says nothing either way.</summary>
    public async Task ForgotAsync(ForgotPasswordRequest request, CancellationToken ct)
    {
        var email = EmailAddress.IsPlausible(request.Email) ? EmailAddress.Normalize(request.Email!) : null;
        var person = email is null ? null : await users.FindByEmailAsync(email);
        if (person is null)
        {
            logger.LogInformation("Password reset asked for an address without an account");
            return;
        }
        if (await RecentResetLinkAsync(person.Id, ct))
        {
            logger.LogInformation("Password reset asked again while a recent link is unused: nothing sent");
            return;
        }
        await db.RunAsync(async () =>
        {
            var conference = await db.Conferences.OrderBy(one => one.Id).FirstOrDefaultAsync(ct);
            // The language the person chose in the app, else the one they were nominated in, else the conference's.
            var language = person.PreferredLanguage
                ?? await db.Nominations.Where(n => n.PersonId == person.Id).Select(n => n.Language).FirstOrDefaultAsync(ct)
                ?? (conference?.LanguageList is [var first, ..] ? first : "en");
            var path = await links.IssueAsync(AccessLinkPurpose.PasswordReset, person.Id, ct);
            letters.PasswordReset(person.Email!, person.DisplayName, language, conference?.Title ?? "OnlineMinisterial", address.Of(path));
            audit.Record(db, new Actor(person.Id, person.DelegationId), "password.reset_requested", "Person", person.Id);
        }, ct);
        await letters.SendAsync(ct);
    }

    // One reset link per account per interval (RateLimits:ResetLinkIntervalMinutes); compared here, as SQLite cannot.
    private async Task<bool> RecentResetLinkAsync(string personId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now - TimeSpan.FromMinutes(limits.Value.ResetLinkIntervalMinutes);
        var issued = await db.AccessLinks.AsNoTracking()
            .Where(l => l.Purpose == AccessLinkPurpose.PasswordReset && l.PersonId == personId && l.UsedAt == null)
            .Select(l => new { l.CreatedAt, l.ExpiresAt }).ToListAsync(ct);
        return issued.Any(l => l.CreatedAt > since && l.ExpiresAt > now);
    }
}
