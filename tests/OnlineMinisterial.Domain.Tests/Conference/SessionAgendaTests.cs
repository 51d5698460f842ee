using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

public class SessionAgendaTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    private Session NewSession() =>
        Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), "Opening remarks", SessionKind.Plenary, "chair",
            _time.GetUtcNow().AddMinutes(10), _time.GetUtcNow().AddMinutes(40), 1);

    [Fact]
    public void Edit_ChangesTheAgendaFields_InOneVersion()
    {
        var s = NewSession();
        s.Edit("  Panel I  ", SessionKind.Panel, "moderator", "https://video.example.org/1");
        Assert.Equal(("Panel I", SessionKind.Panel, "moderator", "https://video.example.org/1", 1),
            (s.Title, s.Kind, s.ChairId, s.VideoUrl, s.Version));
    }

    [Fact]
    public void Edit_OfAClosedSession_IsRefusedWithItsCode()
    {
        var s = NewSession();
        s.Open(_time.GetUtcNow());
        s.Close(_time.GetUtcNow());
        var version = s.Version;

        var ex = Assert.Throws<DomainException>(() => s.Edit("x", SessionKind.Plenary, "chair", null));
        Assert.Equal(ConferenceErrors.SessionClosed, ex.Code);
        Assert.Equal(ConferenceErrors.SessionClosed, Assert.Throws<DomainException>(() => s.Reschedule(s.StartsAt, s.EndsAt.AddHours(1))).Code);
        Assert.Equal(version, s.Version);
    }

    [Fact]
    public void Reschedule_EndBeforeStart_IsRefusedWithItsCode()
    {
        var s = NewSession();
        var ex = Assert.Throws<DomainException>(() => s.Reschedule(s.EndsAt, s.StartsAt));
        Assert.Equal(ConferenceErrors.EndBeforeStart, ex.Code);
    }

    [Fact]
    public void Cancel_OnlyBeforeItStarts()
    {
        var scheduled = NewSession();
        scheduled.Cancel();
        Assert.Equal(SessionState.Cancelled, scheduled.State);
        Assert.Equal(ConferenceErrors.SessionCancelled, Assert.Throws<DomainException>(() => scheduled.Cancel()).Code);

        var live = NewSession();
        live.Open(_time.GetUtcNow());
        Assert.Equal(ErrorCodes.SessionTransitionInvalid, Assert.Throws<DomainException>(() => live.Cancel()).Code);
    }

    [Fact]
    public void MoveTo_SpendsAVersionOnlyOnAChange()
    {
        var s = NewSession();
        Assert.False(s.MoveTo(1));
        Assert.Equal(0, s.Version);
        Assert.True(s.MoveTo(4));
        Assert.Equal((4, 1), (s.Ordinal, s.Version));
    }
}
