using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

public class DeclarationVersionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void PublishDraft_NumbersVersionsFromOne_AndRecordsTime()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.ReplaceParagraph(b.OP1.Id, "Decide to deepen cooperation on water management;");
        _time.Advance(TimeSpan.FromHours(2));

        var second = b.Document.PublishDraft(_time.GetUtcNow());

        Assert.Equal(2, second.Number);
        Assert.Equal(_time.GetUtcNow(), second.PublishedAt);
        Assert.Equal([1, 2], b.Document.PublishedVersions.Select(v => v.Number));
        Assert.Same(second, b.Document.LatestVersion);
    }

    [Fact]
    public void PublishedVersion_DoesNotChange_WhenTheDraftIsEditedLater()
    {
        var b = new DeclarationBuilder(_time).Published();
        var original = b.OP1.Text;

        b.Document.ReplaceParagraph(b.OP1.Id, "Decide otherwise;");
        b.Document.DeleteParagraph(b.OP3.Id);

        var v1 = b.Document.PublishedVersion(1);
        Assert.Equal(5, v1.Paragraphs.Count);
        Assert.Equal(original, v1.Paragraphs.Single(p => p.ParagraphId == b.OP1.Id).Text);
        Assert.True(b.Document.HasUnpublishedChanges);
    }

    [Fact]
    public void PublishDraft_Unchanged_IsRefused()
    {
        var b = new DeclarationBuilder(_time).Published();
        var ex = Assert.Throws<DomainException>(() => b.Document.PublishDraft(_time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.DraftUnchanged, ex.Code);
    }

    [Fact]
    public void PublishDraft_Empty_IsRefused()
    {
        var d = new DeclarationBuilder(_time).Document;
        Assert.Equal(DeclarationErrors.DraftEmpty, Assert.Throws<DomainException>(() => d.PublishDraft(_time.GetUtcNow())).Code);
    }

    [Fact]
    public void ChangesFromPrevious_MarksEachParagraph_InDocumentOrder()
    {
        var b = new DeclarationBuilder(_time).Published();
        var d = b.Document;
        d.ReplaceParagraph(b.OP2.Id, "Urge all States to share data;");
        d.DeleteParagraph(b.OP1.Id);
        var added = d.AddParagraph(ParagraphKind.Operative, "Welcome the new fund;");
        d.PublishDraft(_time.GetUtcNow());

        var changes = d.ChangesFromPrevious(2);

        Assert.Equal(
            [ParagraphChangeKind.Unchanged, ParagraphChangeKind.Unchanged, ParagraphChangeKind.Removed,
             ParagraphChangeKind.Changed, ParagraphChangeKind.Unchanged, ParagraphChangeKind.Added],
            changes.Select(c => c.Change));
        Assert.Equal([b.PP1.Id, b.PP2.Id, b.OP1.Id, b.OP2.Id, b.OP3.Id, added.Id], changes.Select(c => c.ParagraphId));
        var changed = changes[3];
        Assert.Equal(("OP2", "OP1", "Call upon all States to share data;", "Urge all States to share data;"),
            (changed.OldLabel, changed.NewLabel, changed.OldText, changed.NewText));
        Assert.Equal(("OP1", null), (changes[2].OldLabel, changes[2].NewLabel));
        Assert.Equal((null, "OP3"), (changes[5].OldLabel, changes[5].NewLabel));
    }

    [Fact]
    public void ChangesFromPrevious_ForFirstVersion_AllAdded()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        Assert.All(d.ChangesFromPrevious(1), c => Assert.Equal(ParagraphChangeKind.Added, c.Change));
    }

    [Fact]
    public void Diff_BetweenAnyTwoVersions_ComparesByParagraph()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.ReplaceParagraph(b.PP1.Id, "Recalling also the outcome,");
        b.Document.PublishDraft(_time.GetUtcNow());
        b.Document.ReplaceParagraph(b.PP1.Id, "Recalling the outcome of the previous conference,");
        b.Document.PublishDraft(_time.GetUtcNow());

        Assert.All(b.Document.Diff(1, 3), c => Assert.Equal(ParagraphChangeKind.Unchanged, c.Change));
        Assert.Equal(ParagraphChangeKind.Changed, b.Document.Diff(1, 2)[0].Change);
    }

    [Fact]
    public void Diff_WithUnknownVersion_IsNotFound()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        var ex = Assert.Throws<DomainException>(() => d.Diff(1, 4));
        Assert.Equal(DeclarationErrors.VersionNotFound, ex.Code);
        Assert.Equal(ErrorKind.NotFound, ex.Kind);
    }

    [Fact]
    public void DraftChanges_ShowWhatTheNextVersionWouldChange()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.DeleteParagraph(b.OP3.Id);
        var change = Assert.Single(b.Document.DraftChanges(), c => c.Change != ParagraphChangeKind.Unchanged);
        Assert.Equal((ParagraphChangeKind.Removed, b.OP3.Id), (change.Change, change.ParagraphId));
    }
}
