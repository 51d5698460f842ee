using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

public class SessionLifecycleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    private Session NewSession() =>
        Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), "Opening remarks", SessionKind.Plenary, "chair",
            _time.GetUtcNow().AddMinutes(10), _time.GetUtcNow().AddMinutes(40), 1);

    [Fact]
    public void Schedule_EndBeforeStart_IsRefused()
    {
        var now = _time.GetUtcNow();
        var ex = Assert.Throws<DomainException>(() =>
            Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), "x", SessionKind.Plenary, "chair", now, now.AddMinutes(-1), 1));
        Assert.Equal(ConferenceErrors.EndBeforeStart, ex.Code);
    }

    [Fact]
    public void Open_ThenClose_RecordsTimesAndState()
    {
        var s = NewSession();
        _time.Advance(TimeSpan.FromMinutes(10));
        s.Open(_time.GetUtcNow());
        Assert.Equal(SessionState.Live, s.State);
        Assert.Equal(_time.GetUtcNow(), s.OpenedAt);
        _time.Advance(TimeSpan.FromMinutes(30));
        s.Close(_time.GetUtcNow());
        Assert.Equal(SessionState.Closed, s.State);
        Assert.Equal(_time.GetUtcNow(), s.ClosedAt);
    }

    [Fact]
    public void Open_Twice_IsRefused_AndVersionUnchanged()
    {
        var s = NewSession();
        s.Open(_time.GetUtcNow());
        var version = s.Version;
        var ex = Assert.Throws<DomainException>(() => s.Open(_time.GetUtcNow()));
        Assert.Equal(ErrorCodes.SessionTransitionInvalid, ex.Code);
        Assert.Equal(version, s.Version);
    }

    [Fact]
    public void SuspendAndResume_ReturnToLive()
    {
        var s = NewSession();
        s.Open(_time.GetUtcNow());
        s.Suspend(_time.GetUtcNow());
        Assert.False(s.IsLive);
        s.Resume(_time.GetUtcNow());
        Assert.True(s.IsLive);
    }

    [Fact]
    public void Reschedule_ClosedSession_IsRefused()
    {
        var s = NewSession();
        s.Open(_time.GetUtcNow());
        s.Close(_time.GetUtcNow());
        Assert.Throws<DomainException>(() => s.Reschedule(_time.GetUtcNow().AddHours(1), _time.GetUtcNow().AddHours(2)));
    }

    [Fact]
    public void SetVideoUrl_NotHttp_IsRefused()
    {
        var s = NewSession();
        Assert.Throws<DomainException>(() => s.SetVideoUrl("javascript:alert(1)"));
        s.SetVideoUrl("https://video.example.org/room/1");
        Assert.Equal("https://video.example.org/room/1", s.VideoUrl);
    }
}
