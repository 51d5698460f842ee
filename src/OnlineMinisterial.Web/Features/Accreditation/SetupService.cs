using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// The first run: while there is neither a conference nor a secretariat account, each start issues a fresh setup
/// link (the previous one stops working) and prints it. Whoever opens it creates the first secretariat account and
/// the conference; then the link is used up and no new one is issued.
/// </summary>
public sealed class SetupService(AppDbContext db, AccessLinks links, AccountFactory accounts, AuditLog audit,
    RoleManager<IdentityRole> roles, TimeProvider time)
{
    public async Task<bool> NeedsSetupAsync(CancellationToken ct) =>
        !await db.Conferences.AnyAsync(ct) && !await SecretariatExistsAsync(ct);

    /// <summary>A new setup link (path and token), or null when the conference is set up already.</summary>
    public async Task<string?> IssueLinkAsync(CancellationToken ct)
    {
        await EnsureRolesAsync();
        return await db.RunAsync(async () => await NeedsSetupAsync(ct) ? await links.IssueAsync(AccessLinkPurpose.Setup, null, ct) : null, ct);
    }

    public async Task<Person> SetUpAsync(SetupRequest request, CancellationToken ct)
    {
        await EnsureRolesAsync();
        return await db.RunAsync(async () =>
        {
            var link = await links.FindLockedAsync(AccessLinkPurpose.Setup, request.Token, ct);
            link.EnsureUsable(time.GetUtcNow());
            if (!await NeedsSetupAsync(ct))
                throw new DomainException(AccreditationErrors.AlreadySetUp, "The conference has been set up already; sign in instead.");
            link.Redeem(time.GetUtcNow());
            var conference = CreateConference(request.Conference);
            db.Conferences.Add(conference);
            var s = request.Secretariat ?? new AccountInput(null, null, null);
            if (string.IsNullOrEmpty(s.Password)) throw new DomainException(AccreditationErrors.PasswordRejected, "Choose a password.");
            var person = await accounts.CreateAsync(s.Email ?? "", s.DisplayName ?? "", Roles.Secretariat, password: s.Password);
            audit.Record(db, new Actor(person.Id, null), "conference.set_up", "Conference", conference.Id,
                new { conference.Title, conference.HostTimeZone, conference.StartsOn, conference.EndsOn, conference.Languages, secretariat = person.Email });
            return person;
        }, ct);
    }

    public static Domain.Conference.Conference CreateConference(ConferenceInput c, Guid? id = null) =>
        Domain.Conference.Conference.Create(id ?? Guid.NewGuid(), c?.Title ?? "", c?.HostTimeZone ?? "", c?.StartsOn ?? default, c?.EndsOn ?? default,
            c?.Languages ?? []);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    private Task<bool> SecretariatExistsAsync(CancellationToken ct) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == Roles.Secretariat select ur).AnyAsync(ct);
}
