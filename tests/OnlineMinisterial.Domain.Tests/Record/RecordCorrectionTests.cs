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
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() =>
            RecordCorrection.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "p", "speech:1", "  ", _time.GetUtcNow(), Week, _time.GetUtcNow())).Code);
    }
}
