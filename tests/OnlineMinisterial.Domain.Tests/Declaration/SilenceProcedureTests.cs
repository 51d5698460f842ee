using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

public class SilenceProcedureTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly List<Guid> _voters = [.. Enumerable.Range(0, 4).Select(_ => Guid.NewGuid())];
    private static readonly TimeSpan Silence = TimeSpan.FromHours(24);

    private DeclarationBuilder Circulated()
    {
        var b = new DeclarationBuilder(_time).Published().AmendmentsOpen();
        b.Document.CirculateUnderSilence(_voters, _time.GetUtcNow() + Silence, _time.GetUtcNow());
        return b;
    }

    [Fact]
    public void Circulate_PutsLatestVersionUnderSilence_AndClosesAmendments()
    {
        var d = Circulated().Document;
        Assert.Equal(DeclarationState.UnderSilence, d.State);
        Assert.False(d.AmendmentsOpen);
        Assert.Equal(1, d.CurrentSilence!.VersionNumber);
    }

    [Fact]
    public void Circulate_WithUnpublishedDraftChanges_IsRefused()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.DeleteParagraph(b.OP3.Id);
        var ex = Assert.Throws<DomainException>(() => b.Document.CirculateUnderSilence(_voters, _time.GetUtcNow() + Silence, _time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.DraftUnpublished, ex.Code);
    }

    [Fact]
    public void Circulate_BeforeAnyVersionIsPublished_IsRefused()
    {
        var d = new DeclarationBuilder(_time).WithParagraphs().Document;
        var ex = Assert.Throws<DomainException>(() => d.CirculateUnderSilence(_voters, _time.GetUtcNow() + Silence, _time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.NoPublishedVersion, ex.Code);
    }

    [Fact]
    public void UnderSilence_TheDraftCannotBeEdited()
    {
        var b = Circulated();
        Assert.Equal(DeclarationErrors.NotDrafting, Assert.Throws<DomainException>(() => b.Document.DeleteParagraph(b.OP1.Id)).Code);
    }

    [Fact]
    public void EndSilence_WithoutBreak_AdoptsTheCirculatedVersion()
    {
        var d = Circulated().Document;
        _time.Advance(Silence);

        Assert.True(d.EndSilence(_time.GetUtcNow()));

        Assert.Equal(DeclarationState.Adopted, d.State);
        Assert.Equal((1, AdoptionMethod.Silence, _time.GetUtcNow()), (d.AdoptedVersionNumber, d.AdoptedBy, d.AdoptedAt));
        Assert.Equal(SilenceOutcome.Adopted, d.SilenceProcedures[0].Outcome);
        Assert.Equal(_voters, d.JoinedDelegationIds);
    }

    [Fact]
    public void EndSilence_AfterABreak_ReturnsToDrafting()
    {
        var d = Circulated().Document;
        _time.Advance(TimeSpan.FromHours(3));
        d.BreakSilence(_voters[2], "OP2 goes beyond our national law.", _time.GetUtcNow());
        _time.Advance(Silence);

        Assert.True(d.EndSilence(_time.GetUtcNow()));

        Assert.Equal(DeclarationState.Drafting, d.State);
        Assert.Null(d.AdoptedVersionNumber);
        var round = Assert.Single(d.SilenceProcedures);
        Assert.Equal(SilenceOutcome.Broken, round.Outcome);
        Assert.Equal((_voters[2], "OP2 goes beyond our national law."), (round.Breaks[0].DelegationId, round.Breaks[0].Reason));
    }

    [Fact]
    public void EndSilence_BeforeTheDeadline_IsRefused()
    {
        var d = Circulated().Document;
        _time.Advance(Silence - TimeSpan.FromSeconds(1));
        var ex = Assert.Throws<DomainException>(() => d.EndSilence(_time.GetUtcNow()));
        Assert.Equal(DeclarationErrors.SilenceDeadlineNotReached, ex.Code);
        Assert.Equal(DeclarationState.UnderSilence, d.State);
    }

    [Fact]
    public void EndSilence_WhenAlreadyEnded_DoesNothing()
    {
        var d = Circulated().Document;
        _time.Advance(Silence);
        d.EndSilence(_time.GetUtcNow());
        var version = d.Version;

        Assert.False(d.EndSilence(_time.GetUtcNow()));
        Assert.Equal(version, d.Version);
    }

    [Fact]
    public void BreakSilence_AtOrAfterDeadline_IsRefused_EvenOnceSilenceHasEnded()
    {
        var d = Circulated().Document;
        _time.Advance(Silence);
        Assert.Equal(DeclarationErrors.SilenceBrokenAfterDeadline,
            Assert.Throws<DomainException>(() => d.BreakSilence(_voters[0], "late", _time.GetUtcNow())).Code);
        d.EndSilence(_time.GetUtcNow());
        Assert.Equal(DeclarationErrors.SilenceBrokenAfterDeadline,
            Assert.Throws<DomainException>(() => d.BreakSilence(_voters[0], "late", _time.GetUtcNow())).Code);
        Assert.Equal(DeclarationState.Adopted, d.State);
    }

    [Fact]
    public void BreakSilence_TwiceBySameDelegation_OrByNonVotingDelegation_IsRefused()
    {
        var d = Circulated().Document;
        d.BreakSilence(_voters[0], "OP1", _time.GetUtcNow());
        var version = d.Version;
        Assert.Equal(DeclarationErrors.SilenceAlreadyBroken, Assert.Throws<DomainException>(() => d.BreakSilence(_voters[0], "again", _time.GetUtcNow())).Code);
        Assert.Equal(DeclarationErrors.SilenceNotEligible, Assert.Throws<DomainException>(() => d.BreakSilence(Guid.NewGuid(), "observer", _time.GetUtcNow())).Code);
        Assert.Equal(version, d.Version);
    }

    [Fact]
    public void BrokenSilence_CanBeFollowedByANewVersionAndANewRound()
    {
        var b = Circulated();
        b.Document.BreakSilence(_voters[1], "OP3", _time.GetUtcNow());
        _time.Advance(Silence);
        b.Document.EndSilence(_time.GetUtcNow());

        b.Document.ReplaceParagraph(b.OP3.Id, "Request the secretariat to report within two years.");
        b.Document.PublishDraft(_time.GetUtcNow());
        b.Document.CirculateUnderSilence(_voters, _time.GetUtcNow() + Silence, _time.GetUtcNow());
        _time.Advance(Silence);
        b.Document.EndSilence(_time.GetUtcNow());

        Assert.Equal((DeclarationState.Adopted, 2), (b.Document.State, b.Document.AdoptedVersionNumber));
        Assert.Equal([SilenceOutcome.Broken, SilenceOutcome.Adopted], b.Document.SilenceProcedures.Select(s => s.Outcome));
    }
}
