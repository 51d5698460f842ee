namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// A paragraph of the draft. Its id stays the same across versions while its text and number may change,
/// which is what lets a diff tell "changed" from "removed and added".
/// </summary>
public sealed class Paragraph
{
    private Paragraph() { }

    public Guid Id { get; private set; }
    public ParagraphKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>0-based place in the document; stored because a database does not keep list order.</summary>
    public int Position { get; private set; }

    /// <summary>1-based number within its kind.</summary>
    public int Number { get; private set; }

    public string Label => ParagraphLabel.Of(Kind, Number);

    internal static Paragraph New(ParagraphKind kind, string text) => new() { Id = Guid.NewGuid(), Kind = kind, Text = text };

    internal void Rewrite(string text) => Text = text;

    internal void Place(int position, int number)
    {
        Position = position;
        Number = number;
    }
}
