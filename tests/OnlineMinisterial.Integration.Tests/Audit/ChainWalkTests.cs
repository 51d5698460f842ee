using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Infrastructure.Audit;

namespace OnlineMinisterial.Integration.Tests.Audit;

/// <summary>The chain's rules on lists, without a database: intact, edited, deleted, swapped; and a record's bytes are stable.</summary>
public sealed class ChainWalkTests
{
    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChainHead.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var e = new AuditEntry
            {
                Id = i, Sequence = i, At = new DateTimeOffset(2026, 12, 1, 10, 0, i, TimeSpan.Zero), ActorId = "chair",
                Action = "floor.given", SubjectType = "SpeakerList", SubjectId = "s1", Details = $"{{\"n\":{i}}}", PreviousHash = previous,
            };
            e.Hash = previous = AuditChain.HashOf(e);
            entries.Add(e);
        }
        return entries;
    }

    private static AuditVerification Verify(List<AuditEntry> entries, List<AuditEntry> original) =>
        ChainWalk.Verify(entries.OrderBy(e => e.Sequence), original[^1].Sequence, original[^1].Hash!);

    [Fact]
    public void Intact_Verifies()
    {
        var chain = Chain(5);
        var result = Verify(chain, chain);
        Assert.True(result.Intact);
        Assert.Equal(5, result.Entries);
    }

    [Fact]
    public void EditedEntry_IsNamed()
    {
        var chain = Chain(5);
        chain[2].Details = "{\"n\":99}";
        Assert.Equal((3L, 3L, "edited"), Break(Verify(chain, chain)));
    }

    [Fact]
    public void DeletedEntry_IsNamedByItsPlace_AndSoIsOneDeletedFromTheEnd()
    {
        var chain = Chain(5);
        var middle = chain.Where(e => e.Sequence != 2).ToList();
        Assert.Equal((2L, (long?)null, "removed"), Break(Verify(middle, chain)));
        var tail = chain.Take(4).ToList();
        Assert.Equal((5L, (long?)null, "removed"), Break(Verify(tail, chain)));
    }

    [Fact]
    public void SwappedEntries_AreNamedAsReordered()
    {
        var chain = Chain(5);
        (chain[1].Sequence, chain[2].Sequence) = (chain[2].Sequence, chain[1].Sequence);
        var result = Verify(chain, chain);
        Assert.Equal((2L, 3L, "reordered"), Break(result));
    }

    [Fact]
    public void Record_WrittenTwice_GivesTheSameJsonAndPdfBytes()
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var delegation = new RecordDelegation("KAZ", "Kazakhstan");
        var record = new RecordDocument(RecordDocument.CurrentFormat, new RecordConference("7th Online Ministerial", "Europe/Vienna"),
            new RecordSession(Guid.Parse("2b0a7c1e-8d7e-4d35-9d2c-3d9b0f3c1a11"), "Opening", "Plenary", "Conference Chair", at, at.AddHours(1), at, at.AddMinutes(50), false, []),
            [new RecordAttendance(delegation, at, at.AddMinutes(50))],
            [new RecordSpeech(1, delegation, "Head of Delegation, Kazakhstan", "Statement", false, at.AddMinutes(1), at.AddMinutes(4).AddSeconds(7), 187, 30)],
            [], [], [], [], new RecordChain(7, new string('a', 64)));
        var json = RecordJson.Write(record);
        Assert.Equal(json, RecordJson.Write(RecordJson.Read(json)));
        Assert.Contains("\"startedAt\": \"2026-12-01T09:01:00.000Z\"", json, StringComparison.Ordinal);
        Assert.Equal(RecordPdf.Render(record, RecordJson.Sha256(json)), RecordPdf.Render(record, RecordJson.Sha256(json)));
    }

    private static (long, long?, string) Break(AuditVerification v) =>
        (v.FirstBreak!.Sequence, v.FirstBreak.EntryId, v.FirstBreak.Problem);
}
