using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

public class AmendmentTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly Guid _kenya = Guid.NewGuid();
    private readonly Guid _chile = Guid.NewGuid();
    private readonly Guid _norway = Guid.NewGuid();

    private DeclarationBuilder Open() => new DeclarationBuilder(_time).Published().AmendmentsOpen();

    private Amendment Propose(DeclarationBuilder b, AmendmentKind kind = AmendmentKind.Replace, string? text = "Call upon all States to share hydrological data;") =>
        b.Document.ProposeAmendment(Guid.NewGuid(), _kenya, b.OP2.Id, kind, kind == AmendmentKind.Delete ? null : text,
            "Data sharing should be specific.", _time.GetUtcNow());

    [Fact]
    public void Propose_WhenAmendmentsClosed_IsRefused()
    {
        var b = new DeclarationBuilder(_time).Published();
        var ex = Assert.Throws<DomainException>(() => Propose(b));
        Assert.Equal(DeclarationErrors.AmendmentsClosed, ex.Code);
    }

    [Fact]
    public void Propose_WhenOpen_RecordsParagraphLabelAndVersion()
    {
        var b = Open();
        var a = Propose(b);
        Assert.Equal((AmendmentState.Proposed, "OP2", 1, _kenya), (a.State, a.ParagraphLabel, a.BasedOnVersion, a.ProposerDelegationId));
        Assert.Equal(b.Document.Id, a.DeclarationId);
    }

    [Theory]
    [InlineData(AmendmentKind.Replace, null)]
    [InlineData(AmendmentKind.InsertAfter, " ")]
    public void Propose_ReplaceOrInsertWithoutText_IsRefused(AmendmentKind kind, string? text)
    {
        var b = Open();
        Assert.Throws<DomainException>(() =>
            b.Document.ProposeAmendment(Guid.NewGuid(), _kenya, b.OP2.Id, kind, text, "reason", _time.GetUtcNow()));
    }

    [Fact]
    public void CoSponsor_ByOthersOnce_IsRecorded_ButNotByProposerOrTwice()
    {
        var a = Propose(Open());
        a.CoSponsor(_chile, _time.GetUtcNow());
        a.CoSponsor(_norway, _time.GetUtcNow());
        var version = a.Version;

        Assert.Equal(DeclarationErrors.ProposerCannotCoSponsor, Assert.Throws<DomainException>(() => a.CoSponsor(_kenya, _time.GetUtcNow())).Code);
        Assert.Equal(DeclarationErrors.AlreadyCoSponsored, Assert.Throws<DomainException>(() => a.CoSponsor(_chile, _time.GetUtcNow())).Code);
        Assert.Equal([_chile, _norway], a.CoSponsors.Select(c => c.DelegationId));
        Assert.Equal(version, a.Version);
    }

    [Fact]
    public void Accept_Replace_EntersTheDraft_AndClosesTheAmendment()
    {
        var b = Open();
        var a = Propose(b);

        b.Document.AcceptAmendment(a, _time.GetUtcNow());

        Assert.Equal(AmendmentState.Accepted, a.State);
        Assert.Equal("Call upon all States to share hydrological data;", b.OP2.Text);
        Assert.Equal("Call upon all States to share data;", b.Document.LatestVersion!.Paragraphs[3].Text);
        Assert.True(b.Document.HasUnpublishedChanges);
    }

    [Fact]
    public void Accept_InsertAfter_AddsParagraphOfSameKindAfterIt()
    {
        var b = Open();
        var a = Propose(b, AmendmentKind.InsertAfter, "Encourage joint monitoring stations;");
        b.Document.AcceptAmendment(a, _time.GetUtcNow());
        var inserted = b.Document.DraftParagraphs[4];
        Assert.Equal(("OP3", ParagraphKind.Operative, "Encourage joint monitoring stations;"), (inserted.Label, inserted.Kind, inserted.Text));
    }

    [Fact]
    public void Accept_Delete_RemovesTheParagraph()
    {
        var b = Open();
        b.Document.AcceptAmendment(Propose(b, AmendmentKind.Delete), _time.GetUtcNow());
        Assert.DoesNotContain(b.Document.DraftParagraphs, p => p.Id == b.OP2.Id);
    }

    [Fact]
    public void Accept_WhenParagraphNoLongerInDraft_IsRefused_AndAmendmentStaysProposed()
    {
        var b = Open();
        var a = Propose(b);
        b.Document.DeleteParagraph(b.OP2.Id);
        Assert.Equal(DeclarationErrors.ParagraphNotFound, Assert.Throws<DomainException>(() => b.Document.AcceptAmendment(a, _time.GetUtcNow())).Code);
        Assert.Equal(AmendmentState.Proposed, a.State);
    }

    [Fact]
    public void Reject_LeavesDraftAlone()
    {
        var b = Open();
        var a = Propose(b);
        var version = b.Document.Version;
        a.Reject(_time.GetUtcNow());
        Assert.Equal(AmendmentState.Rejected, a.State);
        Assert.Equal(version, b.Document.Version);
    }

    [Fact]
    public void ClosedAmendment_CannotBeChanged()
    {
        var b = Open();
        var accepted = Propose(b);
        b.Document.AcceptAmendment(accepted, _time.GetUtcNow());
        var withdrawn = Propose(b);
        withdrawn.Withdraw(_kenya, _time.GetUtcNow());

        foreach (var a in new[] { accepted, withdrawn })
        {
            var version = a.Version;
            Assert.Equal(DeclarationErrors.AmendmentClosed, Assert.Throws<DomainException>(() => a.CoSponsor(_chile, _time.GetUtcNow())).Code);
            Assert.Equal(DeclarationErrors.AmendmentClosed, Assert.Throws<DomainException>(() => a.Reject(_time.GetUtcNow())).Code);
            Assert.Equal(DeclarationErrors.AmendmentClosed, Assert.Throws<DomainException>(() => b.Document.AcceptAmendment(a, _time.GetUtcNow())).Code);
            Assert.Equal(version, a.Version);
        }
    }

    [Fact]
    public void Withdraw_ByAnotherDelegation_IsForbidden()
    {
        var a = Propose(Open());
        var ex = Assert.Throws<DomainException>(() => a.Withdraw(_chile, _time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.WithdrawForbidden, ex.Code);
        Assert.Equal(ErrorKind.Forbidden, ex.Kind);
    }

    [Fact]
    public void ProposalsAlreadyMade_CanBeDecidedAfterAmendmentsClose()
    {
        var b = Open();
        var a = Propose(b);
        b.Document.CloseAmendments();
        b.Document.AcceptAmendment(a, _time.GetUtcNow());
        Assert.Equal(AmendmentState.Accepted, a.State);
    }
}
