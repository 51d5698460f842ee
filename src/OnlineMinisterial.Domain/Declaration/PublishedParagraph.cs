namespace OnlineMinisterial.Domain.Declaration;

/// <summary>A paragraph as it stood in a published version; never changes once published.</summary>
public sealed class PublishedParagraph
{
    private PublishedParagraph() { }

    public Guid ParagraphId { get; private set; }
    public ParagraphKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public int Position { get; private set; }
    public int Number { get; private set; }

    public string Label => ParagraphLabel.Of(Kind, Number);

    internal static PublishedParagraph Of(Paragraph p) =>
        new() { ParagraphId = p.Id, Kind = p.Kind, Text = p.Text, Position = p.Position, Number = p.Number };
}
