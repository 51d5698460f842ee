using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

public class DeclarationDraftingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AddParagraph_NumbersPreambularAndOperativeParagraphsSeparately()
    {
        var d = new DeclarationBuilder(_time).WithParagraphs().Document;
        Assert.Equal(["PP1", "PP2", "OP1", "OP2", "OP3"], DeclarationBuilder.Labels(d.DraftParagraphs));
        Assert.Equal(5, d.Version);
    }

    [Fact]
    public void AddParagraph_PreambleWithoutAnchor_GoesAtEndOfPreamble()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        var added = b.Document.AddParagraph(ParagraphKind.Preamble, "Noting with concern the drought,");
        Assert.Equal("PP3", added.Label);
        Assert.Equal([b.PP1.Id, b.PP2.Id, added.Id, b.OP1.Id], b.Document.DraftParagraphs.Take(4).Select(p => p.Id));
    }

    [Fact]
    public void AddParagraph_AfterAnchor_RenumbersTheFollowingOnes()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        var added = b.Document.AddParagraph(ParagraphKind.Operative, "Welcome the new fund;", b.OP1.Id);
        Assert.Equal("OP2", added.Label);
        Assert.Equal("OP3", b.OP2.Label);
        Assert.Equal("OP4", b.OP3.Label);
    }

    [Fact]
    public void AddParagraph_OperativeAmongPreamble_IsRefused_AndDraftUnchanged()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        var version = b.Document.Version;
        var ex = Assert.Throws<DomainException>(() => b.Document.AddParagraph(ParagraphKind.Operative, "Decide;", b.PP1.Id));
        Assert.Equal(DeclarationErrors.ParagraphOrderInvalid, ex.Code);
        Assert.Equal(5, b.Document.DraftParagraphs.Count);
        Assert.Equal(version, b.Document.Version);
    }

    [Fact]
    public void MoveParagraph_KeepsIdsAndRenumbers()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        b.Document.MoveParagraph(b.OP3.Id, afterParagraphId: null);
        Assert.Equal([b.OP3.Id, b.OP1.Id, b.OP2.Id], b.Document.DraftParagraphs.Skip(2).Select(p => p.Id));
        Assert.Equal("OP1", b.OP3.Label);
    }

    [Fact]
    public void MoveParagraph_PreambleAfterOperative_IsRefused()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        var ex = Assert.Throws<DomainException>(() => b.Document.MoveParagraph(b.PP1.Id, b.OP2.Id));
        Assert.Equal(DeclarationErrors.ParagraphOrderInvalid, ex.Code);
        Assert.Equal("PP1", b.PP1.Label);
    }

    [Fact]
    public void DeleteParagraph_RenumbersTheRest()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        b.Document.DeleteParagraph(b.OP1.Id);
        Assert.Equal(["PP1", "PP2", "OP1", "OP2"], DeclarationBuilder.Labels(b.Document.DraftParagraphs));
        Assert.Equal(b.OP2.Id, b.Document.DraftParagraphs[2].Id);
    }

    [Fact]
    public void ReplaceParagraph_WithSameText_ChangesNothing()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        var version = b.Document.Version;
        b.Document.ReplaceParagraph(b.OP2.Id, "  " + b.OP2.Text + " ");
        Assert.Equal(version, b.Document.Version);
        b.Document.ReplaceParagraph(b.OP2.Id, "Urge all States to share data;");
        Assert.Equal(version + 1, b.Document.Version);
        Assert.Equal("Urge all States to share data;", b.OP2.Text);
    }

    [Fact]
    public void EditUnknownParagraph_IsNotFound()
    {
        var d = new DeclarationBuilder(_time).WithParagraphs().Document;
        var ex = Assert.Throws<DomainException>(() => d.DeleteParagraph(Guid.NewGuid()));
        Assert.Equal(DeclarationErrors.ParagraphNotFound, ex.Code);
        Assert.Equal(ErrorKind.NotFound, ex.Kind);
    }

    [Fact]
    public void OpenAmendments_Twice_ChangesNothingTheSecondTime()
    {
        var d = new DeclarationBuilder(_time).Document;
        Assert.True(d.OpenAmendments());
        var version = d.Version;
        Assert.False(d.OpenAmendments());
        Assert.Equal(version, d.Version);
        Assert.True(d.CloseAmendments());
        Assert.False(d.AmendmentsOpen);
    }
}
