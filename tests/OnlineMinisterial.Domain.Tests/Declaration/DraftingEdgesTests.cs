using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using DeclarationDocument = OnlineMinisterial.Domain.Declaration.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

/// <summary>Drafting at its edges: one version per edit, preambles first, amendments opened and closed once.</summary>
public class DraftingEdgesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void EachEdit_SpendsOneVersion()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        var d = b.Document;
        var v = d.Version;
        d.ReplaceParagraph(b.OP1.Id, "Decide to double cooperation;");
        Assert.Equal(v + 1, d.Version);
        d.MoveParagraph(b.OP3.Id, null);
        Assert.Equal(v + 2, d.Version);
        d.DeleteParagraph(b.OP2.Id);
        Assert.Equal(v + 3, d.Version);
        d.PublishDraft(Now);
        Assert.Equal(v + 4, d.Version);
    }

    [Fact]
    public void AParagraphMovedToTheStartOfItsSection_LandsThere()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        b.Document.MoveParagraph(b.OP3.Id, null);
        b.Document.MoveParagraph(b.PP2.Id, null);
        Assert.Equal([b.PP2.Id, b.PP1.Id, b.OP3.Id, b.OP1.Id, b.OP2.Id], b.Document.DraftParagraphs.Select(p => p.Id));
    }

    [Fact]
    public void AParagraph_CannotMoveAfterItself_OrAfterOneThatIsNotThere()
    {
        var b = new DeclarationBuilder(_time).WithParagraphs();
        var v = b.Document.Version;
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => b.Document.MoveParagraph(b.OP1.Id, b.OP1.Id)).Code);
        Assert.Equal(DeclarationErrors.ParagraphNotFound, Assert.Throws<DomainException>(() => b.Document.MoveParagraph(b.OP1.Id, Guid.NewGuid())).Code);
        Assert.Equal(DeclarationErrors.ParagraphNotFound, Assert.Throws<DomainException>(() => b.Document.AddParagraph(ParagraphKind.Operative, "New;", Guid.NewGuid())).Code);
        Assert.Equal(v, b.Document.Version);
    }

    [Fact]
    public void APreamble_CannotFollowAnOperativeParagraph_EvenInADraftWithOnlyOperativeOnes()
    {
        var d = DeclarationDocument.Create(Guid.NewGuid(), Guid.NewGuid(), "Declaration", Now);
        var op1 = d.AddParagraph(ParagraphKind.Operative, "Decide;");
        var ex = Assert.Throws<DomainException>(() => d.AddParagraph(ParagraphKind.Preamble, "Recalling,", op1.Id));
        Assert.Equal(DeclarationErrors.ParagraphOrderInvalid, ex.Code);
        Assert.Single(d.DraftParagraphs);
    }

    [Fact]
    public void AParagraph_NeedsText()
    {
        var d = DeclarationDocument.Create(Guid.NewGuid(), Guid.NewGuid(), "Declaration", Now);
        Assert.Equal(ErrorCodes.TextRequired, Assert.Throws<DomainException>(() => d.AddParagraph(ParagraphKind.Operative, "  ")).Code);
        Assert.Empty(d.DraftParagraphs);
    }

    [Fact]
    public void Amendments_OpenAndCloseOnce_EachInOneVersion()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        var v = d.Version;
        Assert.True(d.OpenAmendments());
        Assert.False(d.OpenAmendments());
        Assert.Equal(v + 1, d.Version);
        Assert.True(d.CloseAmendments());
        Assert.False(d.CloseAmendments());
        Assert.Equal((v + 2, false), (d.Version, d.AmendmentsOpen));
    }

    [Fact]
    public void UnderSilence_AmendmentsCannotBeOpened()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        d.CirculateUnderSilence([Guid.NewGuid()], Now.AddDays(1), Now);
        Assert.Equal(DeclarationErrors.NotDrafting, Assert.Throws<DomainException>(() => d.OpenAmendments()).Code);
        Assert.False(d.AmendmentsOpen);
    }

    [Fact]
    public void AnEmptyNewDraft_HasNothingToPublish_AndItsChangesListEveryParagraphAsAdded()
    {
        var fresh = DeclarationDocument.Create(Guid.NewGuid(), Guid.NewGuid(), "Declaration", Now);
        Assert.False(fresh.HasUnpublishedChanges);
        var b = new DeclarationBuilder(_time).WithParagraphs();
        Assert.True(b.Document.HasUnpublishedChanges);
        Assert.All(b.Document.DraftChanges(), c => Assert.Equal(ParagraphChangeKind.Added, c.Change));
        Assert.Equal(5, b.Document.DraftChanges().Count);
    }

    [Fact]
    public void ADraftWhoseParagraphChangedKind_HasUnpublishedChanges()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.DeleteParagraph(b.OP3.Id);
        b.Document.AddParagraph(ParagraphKind.Operative, b.OP3.Text);
        Assert.True(b.Document.HasUnpublishedChanges);
    }
}
