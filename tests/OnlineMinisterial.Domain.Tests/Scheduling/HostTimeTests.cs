using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Scheduling;

/// <summary>The demo host is in New York: in 2026 clocks go forward on 8 March at 02:00 and back on 1 November at 02:00.</summary>
public class HostTimeTests
{
    private const string NewYork = "America/New_York";

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void WinterAndSummerTimes_UseTheirOwnOffsets()
    {
        Assert.Equal(Utc(1, 15, 14), HostTime.ToUtc(new DateTime(2026, 1, 15, 9, 0, 0), NewYork));
        Assert.Equal(Utc(7, 15, 13), HostTime.ToUtc(new DateTime(2026, 7, 15, 9, 0, 0), NewYork));
    }

    [Fact]
    public void SessionEnteredAcrossTheSpringChange_ConvertsEachEndWithItsOwnOffset()
    {
        // Saturday 23:00 EST to Sunday 04:00 EDT: five hours on the wall clock, four in reality.
        var start = HostTime.ToUtc(new DateTime(2026, 3, 7, 23, 0, 0), NewYork);
        var end = HostTime.ToUtc(new DateTime(2026, 3, 8, 4, 0, 0), NewYork);

        Assert.Equal(Utc(3, 8, 4), start);
        Assert.Equal(Utc(3, 8, 8), end);
        Assert.Equal(TimeSpan.FromHours(4), end - start);
    }

    [Fact]
    public void ALocalTimeSkippedBySpringForward_MovesLaterByTheGap()
    {
        // 02:30 does not exist on 8 March: it becomes 03:30 EDT, 07:30 UTC.
        Assert.Equal(Utc(3, 8, 7, 30), HostTime.ToUtc(new DateTime(2026, 3, 8, 2, 30, 0), NewYork));
    }

    [Fact]
    public void ALocalTimeSkippedEastOfGreenwich_MovesLaterByTheGapToo()
    {
        // Berlin skips 02:00-03:00 on 29 March 2026: 02:30 becomes 03:30 CEST, 01:30 UTC.
        Assert.Equal(Utc(3, 29, 1, 30), HostTime.ToUtc(new DateTime(2026, 3, 29, 2, 30, 0), "Europe/Berlin"));
    }

    [Fact]
    public void ALocalTimeRepeatedByFallBack_MeansItsFirstOccurrence()
    {
        // 01:30 happens twice on 1 November: first in EDT (05:30 UTC), then in EST (06:30 UTC).
        Assert.Equal(Utc(11, 1, 5, 30), HostTime.ToUtc(new DateTime(2026, 11, 1, 1, 30, 0), NewYork));
        Assert.Equal(Utc(11, 1, 7), HostTime.ToUtc(new DateTime(2026, 11, 1, 2, 0, 0), NewYork));
    }

    [Fact]
    public void ToLocal_GivesTheHostsWallClock()
    {
        Assert.Equal(new DateTime(2026, 3, 8, 3, 30, 0), HostTime.ToLocal(Utc(3, 8, 7, 30), NewYork));
        Assert.Equal(new DateTime(2026, 11, 1, 1, 30, 0), HostTime.ToLocal(Utc(11, 1, 6, 30), NewYork));
    }

    [Fact]
    public void UnknownZone_IsACodedError()
    {
        var ex = Assert.Throws<DomainException>(() => HostTime.ToUtc(new DateTime(2026, 1, 1), "Mars/Olympus_Mons"));
        Assert.Equal(ConferenceErrors.TimeZoneUnknown, ex.Code);
    }
}
