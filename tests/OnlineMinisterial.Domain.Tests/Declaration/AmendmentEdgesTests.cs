using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

/// <summary>An amendment's life at its edges: what a proposal needs, one version per step, what a vote locks.</summary>
public class AmendmentEdgesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly Guid _kenya = Guid.NewGuid();
    private readonly Guid _peru = Guid.NewGuid();
    private readonly DeclarationBuilder _b;

    public AmendmentEdgesTests() => _b = new DeclarationBuilder(_time).Published().AmendmentsOpen();

    private DateTimeOffset Now => _time.GetUtcNow();

    private Amendment Propose(AmendmentKind kind = AmendmentKind.Replace, string? text = "Decide to double cooperation;", string reason = "More ambition.") =>
        _b.Document.ProposeAmendment(Guid.NewGuid(), _kenya, _b.OP1.Id, kind, text, reason, Now);

    [Theory]
    [InlineData(AmendmentKind.Delete, "Some text")]
    [InlineData(AmendmentKind.Replace, "  ")]
    [InlineData(AmendmentKind.InsertAfter, null)]
    [InlineData((AmendmentKind)9, "Some text")]
    public void AProposal_WithTextWhereNoneBelongsOrNoneWhereItMust_IsRefused(AmendmentKind kind, string? text)
    {
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => Propose(kind, text)).Code);
    }

    [Fact]
    public void AProposal_NeedsAReason()
    {
        Assert.Equal(ErrorCodes.TextRequired, Assert.Throws<DomainException>(() => Propose(reason: " ")).Code);
    }

    [Fact]
    public void ADeletion_CarriesNoText_AndKeepsTheParagraphsLabel()
    {
        var a = Propose(AmendmentKind.Delete, null, "  Redundant.  ");
        Assert.Equal((AmendmentKind.Delete, (string?)null, "Redundant.", "OP1", 1), (a.Kind, a.Text, a.Reason, a.ParagraphLabel, a.BasedOnVersion));
    }

    [Fact]
    public void EachStep_SpendsOneVersion()
    {
        var a = Propose();
        var v = a.Version;
        a.CoSponsor(_peru, Now);
        Assert.Equal(v + 1, a.Version);
        a.PutToVote(Guid.NewGuid(), Now);
        Assert.Equal(v + 2, a.Version);
        a.CancelVote();
        Assert.Equal((v + 3, AmendmentState.Proposed, (Guid?)null), (a.Version, a.State, a.PollId));
        a.Reject(Now);
        Assert.Equal((v + 4, AmendmentState.Rejected, (DateTimeOffset?)Now), (a.Version, a.State, a.ClosedAt));
    }

    [Fact]
    public void UnderAVote_TheProposerCannotWithdraw()
    {
        var a = Propose();
        a.PutToVote(Guid.NewGuid(), Now);
        Assert.Equal(DeclarationErrors.AmendmentUnderVote, Assert.Throws<DomainException>(() => a.Withdraw(_kenya, Now)).Code);
        Assert.Equal(AmendmentState.PutToVote, a.State);
    }

    [Fact]
    public void AVoteCanBeCancelled_OnlyWhileTheAmendmentIsUnderIt()
    {
        var proposed = Propose();
        Assert.Equal(DeclarationErrors.AmendmentNotUnderVote, Assert.Throws<DomainException>(proposed.CancelVote).Code);

        var withdrawn = Propose();
        withdrawn.Withdraw(_kenya, Now);
        Assert.Equal(DeclarationErrors.AmendmentClosed, Assert.Throws<DomainException>(withdrawn.CancelVote).Code);
        Assert.Equal(AmendmentState.Withdrawn, withdrawn.State);
    }

    [Fact]
    public void AnAmendmentToAnotherDeclaration_CannotBeAccepted()
    {
        var other = new DeclarationBuilder(_time).Published().AmendmentsOpen();
        var foreign = other.Document.ProposeAmendment(Guid.NewGuid(), _kenya, other.OP1.Id, AmendmentKind.Delete, null, "Redundant.", Now);
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => _b.Document.AcceptAmendment(foreign, Now)).Code);
        Assert.Equal(AmendmentState.Proposed, foreign.State);
    }

    [Fact]
    public void Accepting_UnderSilence_IsRefused_AndTheAmendmentStaysPending()
    {
        var a = Propose();
        _b.Document.CirculateUnderSilence([_kenya, _peru], Now.AddDays(1), Now);
        Assert.Equal(DeclarationErrors.NotDrafting, Assert.Throws<DomainException>(() => _b.Document.AcceptAmendment(a, Now)).Code);
        Assert.Equal(AmendmentState.Proposed, a.State);
    }
}
