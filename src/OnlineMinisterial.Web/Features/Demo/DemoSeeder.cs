using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Accreditation;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Demo;

/// <summary>
/// Seeds the demo conference through the services a secretariat uses: the delegations CSV import, focal points,
/// nominations and approvals, so the demo and a real conference cannot drift apart. Only two things differ: no
/// invitation is sent, and every demo account gets the shared demo password. Idempotent: what exists is kept.
/// </summary>
internal sealed class DemoSeeder(AppDbContext db, UserManager<Person> users, SetupService setup, DelegationAdmin delegations,
    FocalPoints focalPoints, Decisions decisions, AccountFactory accounts, IOptions<DemoOptions> options, TransitionPlanner planner,
    TimeProvider time, ILogger<DemoSeeder> logger) : IStartupDataTask
{
    public static readonly Guid ConferenceId = new("7a0c1b2e-0007-4d5e-9a11-5d7e0c0f2023");
    public const string Title = "7th Online Ministerial of the Global Coalition to Address Synthetic Drug Threats";
    private const string HostZone = "America/New_York";

    private string? _hash;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!options.Value.Seed) return;
        await setup.EnsureRolesAsync();
        var before = await db.Users.CountAsync(ct);
        // One transaction for the whole seed: the services' own commands join it (see Commands.RunAsync).
        await db.RunAsync(async () =>
        {
            if (!await db.Conferences.AnyAsync(c => c.Id == ConferenceId, ct))
            {
                var today = DateOnly.FromDateTime(HostTime.ToLocal(time.GetUtcNow(), HostZone));
                db.Conferences.Add(SetupService.CreateConference(new ConferenceInput(Title, HostZone, today, today.AddDays(1), ConferenceLanguages.Un), ConferenceId));
                await db.SaveChangesAsync(ct);
            }
            var secretariat = await users.FindByEmailAsync(DemoAccounts.Secretariat.Email)
                ?? await accounts.CreateAsync(DemoAccounts.Secretariat.Email, DemoAccounts.Secretariat.DisplayName, Roles.Secretariat, passwordHash: Hash());
            var asSecretariat = Principal(secretariat.Id, Roles.Secretariat);

            // Imported once: a restart finds all of them and leaves no second import in the audit trail.
            if (await db.Delegations.CountAsync(d => d.ConferenceId == ConferenceId, ct) < DemoDelegations.All.Count)
                await delegations.ImportAsync(asSecretariat, DemoCsv(), ct);
            foreach (var staff in new[] { DemoAccounts.Chair, DemoAccounts.Moderator })
                if (await users.FindByEmailAsync(staff.Email) is null)
                    await decisions.InviteStaffAsync(asSecretariat, new StaffInput(staff.DisplayName, staff.Email, staff.Role, "en"), ct, Hash());
            await SeedByRequestAsync(asSecretariat, DemoAccounts.Observer, ParticipantCategory.Press, "Demo Press Agency", ct);
            await SeedByRequestAsync(asSecretariat, DemoAccounts.GuestPanelist, ParticipantCategory.Observer, "Guest panelist", ct);
            await SeedDelegationsAsync(asSecretariat, ct);
        }, ct);
        if (options.Value.Agenda)
        {
            await SeedAgendaAsync(ct);
            await InviteGuestPanelistAsync(ct);
        }
        logger.LogInformation("Demo conference ready ({Added} accounts added)", await db.Users.CountAsync(ct) - before);
    }

    /// <summary>The 60 delegations as the CSV a secretariat would import (docs/sample-delegations.csv is this file).</summary>
    public static string DemoCsv() => DelegationImport.ToCsv(DemoDelegations.All.Select(d =>
        new DelegationRow(d.Code, d.Name, d.Kind, d.Kind == DelegationKind.MemberState, d.Rank)));

    // The press observer and the guest panelist ask through the public form, as anyone outside a delegation does.
    private async Task SeedByRequestAsync(ClaimsPrincipal asSecretariat, DemoAccounts.Account account, ParticipantCategory category,
        string organisation, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(account.Email) is not null) return;
        await decisions.RequestAsync(new AccreditationRequestInput(category, account.DisplayName, account.Email, organisation, "en"), ct);
        var id = await db.Nominations.Where(n => n.Email == account.Email && n.State == NominationState.Pending).Select(n => n.Id).FirstAsync(ct);
        await ApproveWithDemoPasswordAsync(asSecretariat, id, ct);
    }

    // Each head is the delegation's focal point (named by the secretariat); the head nominates the alternates and advisers.
    private async Task SeedDelegationsAsync(ClaimsPrincipal asSecretariat, CancellationToken ct)
    {
        var byCode = await db.Delegations.Where(d => d.ConferenceId == ConferenceId).ToDictionaryAsync(d => d.Code, ct);
        foreach (var group in DemoAccounts.All().Where(a => a.DelegationCode is not null).GroupBy(a => a.DelegationCode!))
        {
            var delegation = byCode[group.Key];
            foreach (var account in group)
            {
                if (await users.FindByEmailAsync(account.Email) is not null) continue;
                var input = new PersonInput(account.DisplayName, account.Email, account.SeatRole!.Value, "en");
                if (account.SeatRole == SeatRole.Head)
                {
                    await focalPoints.InviteAsync(asSecretariat, delegation.Id, input, ct, sendInvitation: false);
                    await SetDemoPasswordAsync(account.Email);
                    continue;
                }
                var asFocalPoint = Principal(delegation.FocalPointId!, Roles.Delegate);
                var nomination = await focalPoints.NominateAsync(asFocalPoint, input, ct);
                await ApproveWithDemoPasswordAsync(asSecretariat, nomination.Id, ct);
            }
        }
    }

    private async Task ApproveWithDemoPasswordAsync(ClaimsPrincipal asSecretariat, Guid nominationId, CancellationToken ct)
    {
        var approved = await decisions.ApproveAsync(asSecretariat, nominationId, null, ct, sendInvitation: false);
        await SetDemoPasswordAsync(approved.Email);
    }

    private async Task SetDemoPasswordAsync(string email)
    {
        var person = await users.FindByEmailAsync(email);
        person!.PasswordHash = Hash();
        AccountFactory.Check(await users.UpdateAsync(person));
    }

    // One hash for the shared demo password: hashing is deliberately slow, and 70 accounts would be felt at start-up.
    private string Hash() => _hash ??= users.PasswordHasher.HashPassword(new Person(), options.Value.Password);

    private static ClaimsPrincipal Principal(string personId, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, personId), new Claim(ClaimTypes.Role, role)], "demo-seed"));

    private async Task SeedAgendaAsync(CancellationToken ct)
    {
        if (await db.Sessions.AnyAsync(s => s.ConferenceId == ConferenceId, ct)) return;
        var chair = await users.FindByEmailAsync(DemoAccounts.Chair.Email);
        var moderator = await users.FindByEmailAsync(DemoAccounts.Moderator.Email);
        var now = time.GetUtcNow();
        var first = DemoAgenda.FirstStart(now);
        var ordinal = 0;
        foreach (var item in DemoAgenda.Items)
        {
            var session = Session.Schedule(Guid.NewGuid(), ConferenceId, item.Title, item.Kind,
                (item.Moderated ? moderator : chair)!.Id, first + item.Start, first + item.Start + item.Length, ++ordinal);
            if (ordinal == 1) session.Open(now);
            db.Sessions.Add(session);
            // Sessions 2-5 open at their start, everyone is reminded before each, chairs are warned at each end.
            // The reconciler, which starts after the seed, gives these transitions their Hangfire jobs.
            await planner.SyncAsync(session, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The demo's guest panelist is invited to the first panel (also on a database seeded before she existed).</summary>
    private async Task InviteGuestPanelistAsync(CancellationToken ct)
    {
        var guest = await users.FindByEmailAsync(DemoAccounts.GuestPanelist.Email);
        var panel = await db.Sessions.Where(s => s.ConferenceId == ConferenceId && s.Kind == SessionKind.Panel)
            .OrderBy(s => s.Ordinal).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        if (guest is null || panel is not { } panelId || await db.PanelGuests.AnyAsync(g => g.PersonId == guest.Id, ct)) return;
        db.PanelGuests.Add(PanelGuest.Invite(Guid.NewGuid(), panelId, guest.Id, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

}
