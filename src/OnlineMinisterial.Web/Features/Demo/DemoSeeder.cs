using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Demo;

/// <summary>
/// Seeds the demo conference. Idempotent: each conference, delegation and account is added only when missing,
/// so running it again (or on every start) leaves exactly one of each.
/// </summary>
internal sealed class DemoSeeder(AppDbContext db, UserManager<Person> users, RoleManager<IdentityRole> roles,
    IOptions<DemoOptions> options, TransitionPlanner planner, TimeProvider time, ILogger<DemoSeeder> logger) : IStartupDataTask
{
    public static readonly Guid ConferenceId = new("7a0c1b2e-0007-4d5e-9a11-5d7e0c0f2023");
    public const string Title = "7th Online Ministerial of the Global Coalition to Address Synthetic Drug Threats";

    public async Task RunAsync(CancellationToken ct)
    {
        if (!options.Value.Seed) return;
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        if (!await db.Conferences.AnyAsync(c => c.Id == ConferenceId, ct))
            db.Conferences.Add(Domain.Conference.Conference.Create(ConferenceId, Title, "America/New_York"));

        var existing = await db.Delegations.Where(d => d.ConferenceId == ConferenceId).Select(d => d.Code).ToListAsync(ct);
        foreach (var d in DemoDelegations.All.Where(d => !existing.Contains(d.Code)))
            db.Delegations.Add(Delegation.Create(Guid.NewGuid(), ConferenceId, d.Name, d.Code, d.Kind, d.Rank));
        await db.SaveChangesAsync(ct);

        var added = await SeedAccountsAsync(ct);
        await SeedAgendaAsync(ct);
        await InviteGuestPanelistAsync(ct);
        logger.LogInformation("Demo conference ready ({Added} accounts added)", added);
    }

    private async Task<int> SeedAccountsAsync(CancellationToken ct)
    {
        var delegations = await db.Delegations.Where(d => d.ConferenceId == ConferenceId).ToDictionaryAsync(d => d.Code, ct);
        // One hash for the shared demo password: hashing is deliberately slow, and 70 accounts would be felt at start-up.
        string? hash = null;
        var added = 0;
        foreach (var account in DemoAccounts.All())
        {
            if (await users.FindByEmailAsync(account.Email) is not null) continue;
            var person = new Person
            {
                UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName,
                DelegationId = account.DelegationCode is null ? null : delegations[account.DelegationCode].Id,
                SeatRole = account.SeatRole,
            };
            person.PasswordHash = hash ??= users.PasswordHasher.HashPassword(person, options.Value.Password);
            Check(await users.CreateAsync(person));
            Check(await users.AddToRoleAsync(person, account.Role));
            if (account.SeatRole == SeatRole.Head && person.AsMember() is { } head)
                delegations[account.DelegationCode!].AssignSeat(head);
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

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

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
