using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// The security stamp's check (ADR 0056, 0066): checks of many people that arrive while a read is under way are
/// answered by one read of them all, each with its own answer, and a check always sees a change committed before it.
/// </summary>
public abstract class SessionStampTests(DatabaseProvider provider) : HostPerTest(provider)
{
    private const int Cap = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // Three database connections at a time (as DatabaseWorkGateTests): three held by the test keep the first read waiting.
        ["Database:MaxConcurrentWork"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Database:WorkQueueSeconds"] = "600",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",   // each query it runs
    };

    [Fact]
    public async Task ChecksOfManyPeopleArrivingDuringARead_AreReadTogether_AndEachGetsItsOwnAnswer()
    {
        var people = await Host.WithDbAsync(db => db.Users.OrderBy(u => u.Email).Take(40).Select(u => new { u.Id, u.SecurityStamp }).ToListAsync());
        Assert.Equal(40, people.Count);
        var (deactivated, signedOut) = (people[3].Id, people[7].Id);
        await Host.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == deactivated).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTimeOffset.UtcNow));
            return await db.Users.Where(u => u.Id == signedOut).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, "signed-out"));
        });
        var stamps = Host.Services.GetRequiredService<SessionStamp>();
        var gate = Host.Services.GetRequiredService<DatabaseWorkGate>();

        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opened = 0;
        var holders = Enumerable.Range(0, Cap).Select(_ => Task.Run(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            Interlocked.Increment(ref opened);
            await release.Task;
            await db.Database.CloseConnectionAsync();
        })).ToList();
        await Agenda.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref opened) == Cap), TimeSpan.FromSeconds(30), "the test holds every permit");
        var readsBefore = Reads().Count;
        var checks = people.Select(p => stamps.IsCurrentAsync(Principal(p.Id, p.SecurityStamp)))
            .Append(stamps.IsCurrentAsync(Principal("no-such-person", "stamp"))).ToList();
        await Agenda.EventuallyAsync(() => Task.FromResult(stamps.Pending == people.Count + 1 && gate.Waiting >= 1),
            TimeSpan.FromSeconds(10), "every check waits for a read");
        release.SetResult();
        await Task.WhenAll(holders);
        var answers = await Task.WhenAll(checks);

        var expected = people.Select(p => p.Id != deactivated && p.Id != signedOut).Append(false);
        Assert.Equal(expected, answers);
        // The first read took whoever had arrived when it started; everyone after it waited and was read in one query.
        var reads = Reads().Count - readsBefore;
        Assert.InRange(reads, 1, 2);
        Assert.Equal(0, stamps.Pending);
    }

    [Fact]
    public async Task ACheckThatStartsAfterTheStampChanged_SeesTheChange()
    {
        var person = await Host.WithDbAsync(db => db.Users.OrderBy(u => u.Email).Select(u => new { u.Id, u.SecurityStamp }).FirstAsync());
        var stamps = Host.Services.GetRequiredService<SessionStamp>();
        var principal = Principal(person.Id, person.SecurityStamp);
        Assert.True(await stamps.IsCurrentAsync(principal));

        await Host.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, "changed")));

        Assert.False(await stamps.IsCurrentAsync(principal));
        Assert.True(await stamps.IsCurrentAsync(Principal(person.Id, "changed")));
    }

    private static ClaimsPrincipal Principal(string personId, string? stamp) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, personId),
        new Claim(new ClaimsIdentityOptions().SecurityStampClaimType, stamp ?? ""),
    ], "Test"));

    private List<string> Reads() =>
        [.. Host.Logs.Lines.Where(l => l.Contains("Microsoft.EntityFrameworkCore.Database.Command") && l.Contains("Executed DbCommand") && l.Contains("SecurityStamp"))];
}

public sealed class SessionStampSqliteTests() : SessionStampTests(DatabaseProvider.Sqlite);

public sealed class SessionStampPostgresTests() : SessionStampTests(DatabaseProvider.Postgres);
