using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Tests.Declaration;

public class SilenceWithdrawalTests
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
    public void Withdraw_BeforeTheDeadline_ReturnsTheTextToDrafting_WithTheReason_AndAdoptsNothing()
    {
        var d = Circulated().Document;
        _time.Advance(TimeSpan.FromHours(2));
        var version = d.Version;

        var procedure = d.WithdrawFromSilence("  Consultations on OP2 resume.  ", _time.GetUtcNow());

        Assert.Equal(DeclarationState.Drafting, d.State);
        Assert.Null(d.CurrentSilence);
        Assert.Null(d.AdoptedAt);
        Assert.Equal(SilenceOutcome.Withdrawn, procedure.Outcome);
        Assert.Equal("Consultations on OP2 resume.", procedure.WithdrawalReason);
        Assert.Equal(_time.GetUtcNow(), procedure.EndedAt);
        Assert.Equal(version + 1, d.Version);
    }

    [Fact]
    public void Withdraw_KeepsTheBreaksOfTheRound_AndTheDeadlineNoLongerEndsIt()
    {
        var d = Circulated().Document;
        d.BreakSilence(_voters[1], "OP2 goes too far.", _time.GetUtcNow());
        d.WithdrawFromSilence("Text to be revised.", _time.GetUtcNow());

        _time.Advance(Silence);
        Assert.False(d.EndSilence(_time.GetUtcNow()));
        Assert.Single(d.SilenceProcedures[^1].Breaks);
        Assert.Equal(DeclarationState.Drafting, d.State);
    }

    [Fact]
    public void Withdraw_WithoutAReason_OrWhenNotUnderSilence_IsRefused_AndChangesNothing()
    {
        var d = Circulated().Document;
        var version = d.Version;
        Assert.Equal(ErrorCodes.TextRequired, Assert.Throws<DomainException>(() => d.WithdrawFromSilence("  ", _time.GetUtcNow())).Code);
        Assert.Equal(DeclarationState.UnderSilence, d.State);
        Assert.Equal(version, d.Version);

        d.WithdrawFromSilence("Revise.", _time.GetUtcNow());
        Assert.Equal(DeclarationErrors.SilenceNotRunning,
            Assert.Throws<DomainException>(() => d.WithdrawFromSilence("Again.", _time.GetUtcNow())).Code);
    }

    [Fact]
    public void Withdraw_AtOrAfterTheDeadline_IsRefused_TheProcedureEndsByItself()
    {
        var d = Circulated().Document;
        _time.Advance(Silence);

        Assert.Equal(DeclarationErrors.SilenceDeadlinePassed,
            Assert.Throws<DomainException>(() => d.WithdrawFromSilence("Too late.", _time.GetUtcNow())).Code);
        Assert.True(d.EndSilence(_time.GetUtcNow()));
        Assert.Equal(DeclarationState.Adopted, d.State);
    }
}
