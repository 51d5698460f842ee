namespace OnlineMinisterial.Domain.Declaration;

/// <summary>Compares two versions paragraph by paragraph, by paragraph id.</summary>
public static class ParagraphDiff
{
    /// <summary>
    /// Lists every paragraph of <paramref name="newer"/> in its order, with each removed paragraph placed after the
    /// paragraph it followed in <paramref name="older"/>, so the list reads like the document with changes marked.
    /// </summary>
    public static IReadOnlyList<ParagraphChange> Compare(IReadOnlyList<PublishedParagraph> older, IReadOnlyList<PublishedParagraph> newer)
    {
        var olderById = older.ToDictionary(p => p.ParagraphId);
        var newerIds = newer.Select(p => p.ParagraphId).ToHashSet();

        // Removed paragraphs, grouped under the nearest surviving paragraph before them (Guid.Empty: the start).
        var removedAfter = new Dictionary<Guid, List<PublishedParagraph>>();
        var anchor = Guid.Empty;
        foreach (var p in older)
        {
            if (newerIds.Contains(p.ParagraphId)) { anchor = p.ParagraphId; continue; }
            if (!removedAfter.TryGetValue(anchor, out var list)) removedAfter[anchor] = list = [];
            list.Add(p);
        }

        var changes = new List<ParagraphChange>();
        AddRemoved(changes, removedAfter, Guid.Empty);
        foreach (var p in newer)
        {
            changes.Add(olderById.TryGetValue(p.ParagraphId, out var was)
                ? new ParagraphChange(was.Text == p.Text && was.Kind == p.Kind ? ParagraphChangeKind.Unchanged : ParagraphChangeKind.Changed,
                    p.ParagraphId, p.Kind, was.Label, p.Label, was.Text, p.Text)
                : new ParagraphChange(ParagraphChangeKind.Added, p.ParagraphId, p.Kind, null, p.Label, null, p.Text));
            AddRemoved(changes, removedAfter, p.ParagraphId);
        }
        return changes;
    }

    private static void AddRemoved(List<ParagraphChange> changes, Dictionary<Guid, List<PublishedParagraph>> removedAfter, Guid anchor)
    {
        if (!removedAfter.TryGetValue(anchor, out var removed)) return;
        changes.AddRange(removed.Select(r =>
            new ParagraphChange(ParagraphChangeKind.Removed, r.ParagraphId, r.Kind, r.Label, null, r.Text, null)));
    }
}
