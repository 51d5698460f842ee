using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Record;

namespace OnlineMinisterial.Domain.Tests.Record;

public class RecordCorrectionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private RecordCorrection Submit(DateTimeOffset closedAt) =>
        RecordCorrection.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "kaz.head", "speech:1", "The minister spoke for the region.", closedAt, Week, _time.GetUtcNow());

    [Fact]
    public void WithinTheWindow_IsSubmitted_AfterIt_IsRefused()
    {
        var closedAt = _time.GetUtcNow();
        _time.Advance(Week);
        Assert.Equal(CorrectionState.Submitted, Submit(closedAt).State);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CorrectionErrors.WindowClosed, Assert.Throws<DomainException>(() => Submit(closedAt)).Code);
    }

    [Fact]
    public void Accepted_CarriesItsCorrigendumNumber_AndCannotBeDecidedAgain()
    {
        var c = Submit(_time.GetUtcNow());
        c.Accept("secretariat", 1, "Issued.", _time.GetUtcNow());
        Assert.Equal((CorrectionState.Accepted, 1), (c.State, c.CorrigendumNumber!.Value));
        Assert.Equal(CorrectionErrors.AlreadyDecided, Assert.Throws<DomainException>(() => c.Reject("secretariat", null, _time.GetUtcNow())).Code);
    }

    [Fact]
    public void Empty_IsRefused()
    {
        Assert.Equal(ErrorCodes.TextRequired, Assert.Throws<DomainException>(() =>
            RecordCorrection.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "p", "speech:1", "  ", _time.GetUtcNow(), Week, _time.GetUtcNow())).Code);
    }

    [Fact]
    public void ACorrectionOfTheLongestLength_IsAccepted_OneCharacterMoreIsRefused()
    {
        var now = _time.GetUtcNow();
        var longest = new string('c', RecordCorrection.MaxTextLength);
        Assert.Equal(longest, RecordCorrection.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "p", "speech:1", longest, now, Week, now).Text);
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<DomainException>(() =>
            RecordCorrection.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "p", "speech:1", longest + "c", now, Week, now)).Code);
    }

    [Fact]
    public void ADecisionNoteOfTheLongestLength_IsAccepted_OneCharacterMoreIsRefused_AndTheCorrectionStaysUndecided()
    {
        var now = _time.GetUtcNow();
        var longest = new string('n', RecordCorrection.MaxTextLength);
        var refused = RecordCorrection.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "p", "speech:1", "Text.", now, Week, now);
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<DomainException>(() => refused.Reject("sec", longest + "n", now)).Code);
        Assert.Equal((CorrectionState.Submitted, (string?)null), (refused.State, refused.DecidedBy));
        refused.Reject("sec", longest, now);
        Assert.Equal((CorrectionState.Rejected, longest), (refused.State, refused.Note));
    }

    [Fact]
    public void ASubmission_KeepsWhoWhatAndWhen_AndTheRefusalSaysUntilWhen()
    {
        var (id, session, delegation) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var closedAt = _time.GetUtcNow();
        var c = RecordCorrection.Submit(id, session, delegation, "kaz.head", "speech:3", "  The minister spoke for the region.  ", closedAt, Week, closedAt);
        Assert.Equal((id, session, delegation, "kaz.head", "speech:3", "The minister spoke for the region.", closedAt),
            (c.Id, c.SessionId, c.DelegationId, c.SubmittedBy, c.Entry, c.Text, c.SubmittedAt));

        _time.Advance(Week + TimeSpan.FromDays(1));
        var late = Assert.Throws<DomainException>(() => Submit(closedAt));
        Assert.Contains("2026-12-08 12:00:00Z", late.Message);
    }

    [Fact]
    public void ADecision_KeepsWhoAndWhen_AndATrimmedNoteOrNone()
    {
        var accepted = Submit(_time.GetUtcNow());
        accepted.Accept("secretariat", 2, "  Issued as corrigendum 2.  ", _time.GetUtcNow());
        Assert.Equal(("secretariat", _time.GetUtcNow(), "Issued as corrigendum 2."), (accepted.DecidedBy, accepted.DecidedAt!.Value, accepted.Note));

        var rejected = Submit(_time.GetUtcNow());
        rejected.Reject("secretariat", "   ", _time.GetUtcNow());
        Assert.Equal((CorrectionState.Rejected, (string?)null), (rejected.State, rejected.Note));
        Assert.Equal(CorrectionErrors.AlreadyDecided, Assert.Throws<DomainException>(() => rejected.Accept("secretariat", 3, null, _time.GetUtcNow())).Code);
        Assert.Null(rejected.CorrigendumNumber);
    }
}
