using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Conference;

/// <summary>
/// Converts times the secretariat enters on the host's wall clock (an IANA zone) to UTC and back.
/// Daylight saving has two awkward cases, resolved as java.time and most calendars do:
/// a local time that does not exist (skipped when clocks go forward) is moved later by the length of the gap
/// (02:30 on the spring-forward night in New York is 03:30 EDT); a local time that happens twice (when clocks go
/// back) means its first occurrence, the earlier instant (01:30 on the fall-back night in New York is 01:30 EDT).
/// </summary>
public static class HostTime
{
    public static TimeZoneInfo Zone(string ianaId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ianaId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new DomainException(ConferenceErrors.TimeZoneUnknown, $"The time zone '{ianaId}' is not known.");
        }
    }

    public static DateTimeOffset ToUtc(DateTime local, string ianaId) => ToUtc(local, Zone(ianaId));

    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wall))
        {
            // Find the first valid minute after the gap: its offset is the new one, and just before the transition
            // the old one applies. Interpreting the wall time with the old offset lands as far past the gap as it was into it.
            var after = wall;
            while (zone.IsInvalidTime(after)) after = after.AddMinutes(1);
            var newOffset = zone.GetUtcOffset(after);
            var transition = DateTime.SpecifyKind(after - newOffset, DateTimeKind.Utc);
            var oldOffset = zone.GetUtcOffset(transition.AddMinutes(-1));
            return new DateTimeOffset(DateTime.SpecifyKind(wall - oldOffset, DateTimeKind.Utc), TimeSpan.Zero);
        }
        var offset = zone.IsAmbiguousTime(wall) ? zone.GetAmbiguousTimeOffsets(wall).Max() : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset).ToUniversalTime();
    }

    /// <summary>The host's wall-clock time of a UTC instant (no offset: the zone is the conference's).</summary>
    public static DateTime ToLocal(DateTimeOffset utc, string ianaId) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(utc, Zone(ianaId)).DateTime, DateTimeKind.Unspecified);
}
