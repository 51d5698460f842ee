using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Declaration;

public sealed partial class Declaration
{
    /// <summary>
    /// Adds a paragraph to the draft after <paramref name="afterParagraphId"/>, or, without it, at the end of the
    /// paragraphs of its kind.
    /// </summary>
    public Paragraph AddParagraph(ParagraphKind kind, string text, Guid? afterParagraphId = null)
    {
        TextLimits.Check(text, TextLimits.Paragraph, "paragraph");
        EnsureDrafting("be edited");
        Guard.That(Enum.IsDefined(kind), ErrorCodes.InvalidArgument, "Unknown paragraph kind.");
        var clean = CleanText(text);
        var ordered = OrderedDraft();
        var index = afterParagraphId is { } after ? IndexOf(ordered, after) + 1 : EndOfSection(ordered, kind);
        var paragraph = Paragraph.New(kind, clean);
        ordered.Insert(index, paragraph);
        EnsurePreambleFirst(ordered);

        _draftParagraphs.Add(paragraph);
        Renumber(ordered);
        Version++;
        return paragraph;
    }

    /// <summary>Replaces a paragraph's text. The same text again changes nothing.</summary>
    public void ReplaceParagraph(Guid paragraphId, string text)
    {
        TextLimits.Check(text, TextLimits.Paragraph, "paragraph");
        EnsureDrafting("be edited");
        var paragraph = FindDraftParagraph(paragraphId);
        var clean = CleanText(text);
        if (paragraph.Text == clean) return;
        paragraph.Rewrite(clean);
        Version++;
    }

    public void DeleteParagraph(Guid paragraphId)
    {
        EnsureDrafting("be edited");
        var paragraph = FindDraftParagraph(paragraphId);
        var ordered = OrderedDraft();
        ordered.Remove(paragraph);
        _draftParagraphs.Remove(paragraph);
        Renumber(ordered);
        Version++;
    }

    /// <summary>
    /// Moves a paragraph after <paramref name="afterParagraphId"/>, or, without it, to the start of the paragraphs of
    /// its kind. Preambular paragraphs must stay before operative ones.
    /// </summary>
    public void MoveParagraph(Guid paragraphId, Guid? afterParagraphId)
    {
        EnsureDrafting("be edited");
        var paragraph = FindDraftParagraph(paragraphId);
        Guard.That(afterParagraphId != paragraphId, ErrorCodes.InvalidArgument, "A paragraph cannot move after itself.");
        var ordered = OrderedDraft();
        ordered.Remove(paragraph);
        var index = afterParagraphId is { } after ? IndexOf(ordered, after) + 1 : StartOfSection(ordered, paragraph.Kind);
        ordered.Insert(index, paragraph);
        EnsurePreambleFirst(ordered);

        Renumber(ordered);
        Version++;
    }

    /// <summary>Lets delegations propose amendments. Returns false if they were already open.</summary>
    public bool OpenAmendments()
    {
        EnsureDrafting("take amendments");
        if (AmendmentsOpen) return false;
        AmendmentsOpen = true;
        Version++;
        return true;
    }

    /// <summary>Stops new proposals; those already made can still be decided. Returns false if already closed.</summary>
    public bool CloseAmendments()
    {
        if (!AmendmentsOpen) return false;
        AmendmentsOpen = false;
        Version++;
        return true;
    }

    private static string CleanText(string text)
    {
        Guard.That(!string.IsNullOrWhiteSpace(text), ErrorCodes.TextRequired, "A paragraph needs text.");
        return text.Trim();
    }

    private static int IndexOf(List<Paragraph> ordered, Guid paragraphId)
    {
        var index = ordered.FindIndex(p => p.Id == paragraphId);
        Guard.That(index >= 0, DeclarationErrors.ParagraphNotFound, "No such paragraph in the draft.");
        return index;
    }

    private static int PreambleCount(List<Paragraph> ordered) => ordered.Count(p => p.Kind == ParagraphKind.Preamble);

    private static int EndOfSection(List<Paragraph> ordered, ParagraphKind kind) =>
        kind == ParagraphKind.Preamble ? PreambleCount(ordered) : ordered.Count;

    private static int StartOfSection(List<Paragraph> ordered, ParagraphKind kind) =>
        kind == ParagraphKind.Preamble ? 0 : PreambleCount(ordered);

    private static void EnsurePreambleFirst(List<Paragraph> ordered)
    {
        var firstOperative = ordered.FindIndex(p => p.Kind == ParagraphKind.Operative);
        Guard.That(firstOperative < 0 || ordered.Skip(firstOperative).All(p => p.Kind == ParagraphKind.Operative),
            DeclarationErrors.ParagraphOrderInvalid, "Preambular paragraphs must come before operative paragraphs.");
    }

    private static void Renumber(List<Paragraph> ordered)
    {
        int preamble = 0, operative = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            p.Place(i, p.Kind == ParagraphKind.Preamble ? ++preamble : ++operative);
        }
    }
}
