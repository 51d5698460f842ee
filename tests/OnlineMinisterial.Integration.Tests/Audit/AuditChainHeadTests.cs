using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Audit;

/// <summary>
/// The chain's head goes out in each save's batch, tracked by the context that links the entries. A context whose
/// transaction saved entries and then rolled back must not link its next entries to the head it had tracked: the
/// next transaction links to the head as committed.
/// </summary>
public sealed class AuditChainHeadTests : HostPerTest
{
    [Fact]
    public async Task AfterARolledBackSave_TheSameContextLinksToTheCommittedHead()
    {
        var subject = $"head-test-{Guid.NewGuid():N}";
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();

        await Assert.ThrowsAsync<DomainException>(() => db.RunAsync(async () =>
        {
            audit.Record(db, Actor.System, "test.rolled_back", "HeadTest", subject);
            await db.SaveChangesAsync();   // the head moves in this transaction only
            throw new DomainException(ErrorCodes.InvalidArgument, "Refused after saving.");
        }));

        await db.RunAsync(() =>
        {
            audit.Record(db, Actor.System, "test.committed", "HeadTest", subject);
            return Task.CompletedTask;
        });

        var (entries, verification) = await Host.WithDbAsync(async read => (
            await read.AuditEntries.Where(e => e.SubjectId == subject).Select(e => e.Action).ToListAsync(),
            await new AuditVerifier(read).VerifyAsync()));
        Assert.Equal("test.committed", Assert.Single(entries));
        // Linked to a head that was rolled back, the entry would skip a place and point at a hash no entry has.
        Assert.True(verification.Intact, verification.FirstBreak?.Message);
        Assert.Equal(verification.Entries, verification.HeadSequence);
    }
}
