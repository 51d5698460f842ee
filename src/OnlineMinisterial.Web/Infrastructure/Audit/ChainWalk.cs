namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>
/// Checks entries one by one in the order of their places, from the first: the first one that does not fit is the
/// break. Kept apart from the database so the rules can be tested on lists.
/// </summary>
public sealed class ChainWalk
{
    private long _expected = 1;
    private string _previous = AuditChainHead.Genesis;

    public long Count { get; private set; }

    /// <summary>The next entry by place; returns the break it shows, or null when it fits.</summary>
    public AuditBreak? Step(AuditEntry entry)
    {
        Count++;
        if (entry.Sequence > _expected)
            return new(_expected, null, "removed", $"Entry {_expected} is missing: it was removed (the next one left is {entry.Sequence}).");
        if (entry.Sequence < _expected)
            return new(entry.Sequence, entry.Id, "reordered", $"Entry {entry.Sequence} appears twice in the chain (row {entry.Id}).");
        if (entry.Hash is null || AuditChain.HashOf(entry) != entry.Hash)
            return new(entry.Sequence, entry.Id, "edited", $"Entry {entry.Sequence} (row {entry.Id}, {entry.Action}) was edited: its content no longer gives its hash.");
        if (entry.PreviousHash != _previous)
            return new(entry.Sequence, entry.Id, "reordered", $"Entry {entry.Sequence} (row {entry.Id}, {entry.Action}) is out of place: it does not follow the entry before it.");
        _previous = entry.Hash;
        _expected++;
        return null;
    }

    /// <summary>After the last entry: entries removed from the end leave the head pointing past it.</summary>
    public AuditBreak? Finish(long headSequence, string headHash) =>
        _expected - 1 == headSequence && _previous == headHash ? null
            : new AuditBreak(_expected, null, "removed",
                $"The chain ends at entry {_expected - 1}, but its head says {headSequence}: the entries after it were removed.");

    public static AuditVerification Verify(IEnumerable<AuditEntry> byPlace, long headSequence, string headHash)
    {
        var walk = new ChainWalk();
        foreach (var entry in byPlace)
            if (walk.Step(entry) is { } broken) return new(false, walk.Count, headSequence, headHash, broken);
        var end = walk.Finish(headSequence, headHash);
        return new(end is null, walk.Count, headSequence, headHash, end);
    }
}
