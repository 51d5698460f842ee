namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// A published version: a snapshot of the draft, numbered 1, 2, 3… It is copied, not shared, so later edits to the
/// draft cannot reach it.
/// </summary>
public sealed class DeclarationVersion
{
    private readonly List<PublishedParagraph> _paragraphs = [];

    private DeclarationVersion() { }

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }

    public IReadOnlyList<PublishedParagraph> Paragraphs => [.. _paragraphs.OrderBy(p => p.Position)];

    internal static DeclarationVersion Snapshot(int number, IEnumerable<Paragraph> draft, DateTimeOffset now)
    {
        var version = new DeclarationVersion { Id = Guid.NewGuid(), Number = number, PublishedAt = now };
        version._paragraphs.AddRange(draft.Select(PublishedParagraph.Of));
        return version;
    }

    /// <summary>True if the draft reads exactly as this version: same paragraphs, kinds, texts, order.</summary>
    internal bool ReadsAs(IReadOnlyList<Paragraph> draft)
    {
        var mine = Paragraphs;
        return mine.Count == draft.Count
            && mine.Zip(draft).All(x => x.First.ParagraphId == x.Second.Id && x.First.Kind == x.Second.Kind && x.First.Text == x.Second.Text);
    }
}
