using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

/// <summary>Silence at its edges: the deadline's last millisecond, who is on the list, and one version per step.</summary>
public class SilenceEdgesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly List<Guid> _voters = [.. Enumerable.Range(0, 3).Select(_ => Guid.NewGuid())];
    private static readonly TimeSpan Silence = TimeSpan.FromHours(24);

    private DateTimeOffset Now => _time.GetUtcNow();

    private DeclarationBuilder Circulated()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.CirculateUnderSilence(_voters, Now + Silence, Now);
        return b;
    }

    [Fact]
    public void ASilenceBroken_AtTheDeadlinesLastMillisecond_Counts()
    {
        var d = Circulated().Document;
        _time.Advance(Silence - TimeSpan.FromMilliseconds(1));
        d.BreakSilence(_voters[0], "  OP2 goes beyond our national law.  ", Now);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(d.EndSilence(Now));
        var round = Assert.Single(d.SilenceProcedures);
        Assert.Equal(SilenceOutcome.Broken, round.Outcome);
        Assert.Equal(("OP2 goes beyond our national law.", Now.AddMilliseconds(-1)), (round.Breaks[0].Reason, round.Breaks[0].At));
        Assert.Equal(DeclarationState.Drafting, d.State);
    }

    [Fact]
    public void Silence_EndsAtTheDeadlineItself_AndRecordsWhen()
    {
        var d = Circulated().Document;
        var deadline = Now + Silence;
        _time.Advance(Silence);
        Assert.True(d.EndSilence(Now));
        Assert.Equal(deadline, d.SilenceProcedures[0].EndedAt);
    }

    [Fact]
    public void ADeadlineThatIsNow_IsRefused()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        Assert.Equal(DeclarationErrors.SilenceDeadlinePast, Assert.Throws<DomainException>(() => d.CirculateUnderSilence(_voters, Now, Now)).Code);
        Assert.Equal(DeclarationState.Drafting, d.State);
    }

    [Fact]
    public void ASilenceWithoutVotingDelegations_IsRefused()
    {
        var d = new DeclarationBuilder(_time).Published().AmendmentsOpen().Document;
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() => d.CirculateUnderSilence([], Now + Silence, Now)).Code);
        Assert.True(d.AmendmentsOpen);
        Assert.Empty(d.SilenceProcedures);
    }

    [Fact]
    public void ADelegationListedTwice_IsOnTheSilenceListOnce()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        var procedure = d.CirculateUnderSilence([_voters[0], _voters[1], _voters[0]], Now + Silence, Now);
        Assert.Equal([_voters[0], _voters[1]], procedure.VotingDelegationIds);
        Assert.Equal((Now, Now + Silence, SilenceOutcome.Running), (procedure.CirculatedAt, procedure.Deadline, procedure.Outcome));
    }

    [Fact]
    public void ATextAlreadyUnderSilence_CannotBeCirculatedAgain()
    {
        var d = Circulated().Document;
        Assert.Equal(DeclarationErrors.NotDrafting, Assert.Throws<DomainException>(() => d.CirculateUnderSilence(_voters, Now + Silence, Now)).Code);
        Assert.Single(d.SilenceProcedures);
    }

    [Fact]
    public void EachStepOfSilence_SpendsOneVersion()
    {
        var d = Circulated().Document;
        var afterCirculation = d.Version;
        d.BreakSilence(_voters[1], "OP1", Now);
        Assert.Equal(afterCirculation + 1, d.Version);
        _time.Advance(Silence);
        d.EndSilence(Now);
        Assert.Equal(afterCirculation + 2, d.Version);

        var withdrawn = Circulated().Document;
        var before = withdrawn.Version;
        withdrawn.WithdrawFromSilence("A new text is coming.", Now);
        Assert.Equal(before + 1, withdrawn.Version);
    }

    [Fact]
    public void CirculatingSpendsOneVersion()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        var before = d.Version;
        d.CirculateUnderSilence(_voters, Now + Silence, Now);
        Assert.Equal(before + 1, d.Version);
    }

    [Fact]
    public void BreakingSilence_NeedsAReason()
    {
        var d = Circulated().Document;
        Assert.Equal(ErrorCodes.TextRequired, Assert.Throws<DomainException>(() => d.BreakSilence(_voters[0], "  ", Now)).Code);
        Assert.False(d.CurrentSilence!.IsBroken);
    }

    [Fact]
    public void BreakingSilence_WhenNothingWasEverCirculated_IsRefused()
    {
        var d = new DeclarationBuilder(_time).Published().Document;
        Assert.Equal(DeclarationErrors.SilenceNotRunning, Assert.Throws<DomainException>(() => d.BreakSilence(_voters[0], "OP1", Now)).Code);
    }

    [Fact]
    public void BreakingSilence_AfterTheTextWasWithdrawn_IsRefused_EvenBeforeTheDeadline()
    {
        var d = Circulated().Document;
        d.WithdrawFromSilence("A new text is coming.", Now);
        Assert.Equal(DeclarationErrors.SilenceNotRunning, Assert.Throws<DomainException>(() => d.BreakSilence(_voters[0], "OP1", Now)).Code);
        Assert.Empty(d.SilenceProcedures[0].Breaks);
    }

    [Fact]
    public void ALateBreak_IsJudgedAgainstTheLatestRound()
    {
        var b = new DeclarationBuilder(_time).Published();
        b.Document.CirculateUnderSilence(_voters, Now + TimeSpan.FromDays(7), Now);
        b.Document.WithdrawFromSilence("OP3 is being reworded.", Now);
        b.Document.ReplaceParagraph(b.OP3.Id, "Request the secretariat to report within two years.");
        b.Document.PublishDraft(Now);
        _time.Advance(TimeSpan.FromMinutes(1));
        b.Document.CirculateUnderSilence(_voters, Now + TimeSpan.FromHours(1), Now);
        _time.Advance(TimeSpan.FromHours(1));
        b.Document.EndSilence(Now);

        // The withdrawn first round's deadline is days away; the latest round ended at its deadline: a break now is late.
        var ex = Assert.Throws<DomainException>(() => b.Document.BreakSilence(_voters[0], "OP1", Now));
        Assert.Equal(DeclarationErrors.SilenceBrokenAfterDeadline, ex.Code);
    }
}
