using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Declaration;
// The test namespace ends in "Declaration", which would hide the type of that name.
using DeclarationDocument = OnlineMinisterial.Domain.Declaration.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

/// <summary>A declaration with two preambular and three operative paragraphs, optionally published as version 1.</summary>
internal sealed class DeclarationBuilder(FakeTimeProvider time)
{
    public DeclarationDocument Document { get; } =
        DeclarationDocument.Create(Guid.NewGuid(), Guid.NewGuid(), "Tashkent Ministerial Declaration", time.GetUtcNow());

    public Paragraph PP1 { get; private set; } = null!;
    public Paragraph PP2 { get; private set; } = null!;
    public Paragraph OP1 { get; private set; } = null!;
    public Paragraph OP2 { get; private set; } = null!;
    public Paragraph OP3 { get; private set; } = null!;

    public DeclarationBuilder WithParagraphs()
    {
        PP1 = Document.AddParagraph(ParagraphKind.Preamble, "Recalling the outcome of the previous conference,");
        PP2 = Document.AddParagraph(ParagraphKind.Preamble, "Recognizing the role of regional cooperation,");
        OP1 = Document.AddParagraph(ParagraphKind.Operative, "Decide to strengthen cooperation on water management;");
        OP2 = Document.AddParagraph(ParagraphKind.Operative, "Call upon all States to share data;");
        OP3 = Document.AddParagraph(ParagraphKind.Operative, "Request the secretariat to report at the next conference.");
        return this;
    }

    public DeclarationBuilder Published()
    {
        if (Document.DraftParagraphs.Count == 0) WithParagraphs();
        Document.PublishDraft(time.GetUtcNow());
        return this;
    }

    public DeclarationBuilder AmendmentsOpen()
    {
        Document.OpenAmendments();
        return this;
    }

    public static string[] Labels(IEnumerable<Paragraph> paragraphs) => [.. paragraphs.Select(p => p.Label)];
}
