using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Calendar;

/// <summary>
/// The agenda as iCalendar (RFC 5545), written by Ical.Net (folding, escaping, CRLF). Times are UTC; each event's
/// SEQUENCE is the session's version, so calendar apps replace an entry when the session moves; a cancelled session
/// stays in the file as STATUS:CANCELLED with the version its cancellation bumped, so they remove it.
/// </summary>
public static class AgendaCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary><paramref name="language"/>: the reader's (their UI language, else the conference's first); English by default.</summary>
    public static string Write(ConferenceView conference, Uri baseAddress, DateTimeOffset now, string? language = null)
    {
        var texts = CalendarTexts.For(language);
        var calendar = new Ical.Net.Calendar { ProductId = "-//OnlineMinisterial//Agenda//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", conference.Title);
        calendar.AddProperty("X-WR-TIMEZONE", conference.HostTimeZone);
        foreach (var s in conference.Sessions.OrderBy(s => s.StartsAt))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{s.Id}@onlineministerial",
                Summary = s.Title,
                Description = Describe(s, texts),
                Start = Utc(s.StartsAt),
                End = Utc(s.EndsAt),
                DtStamp = Utc(now),
                Sequence = s.Version,
                Url = new Uri(baseAddress, PagePath(s)),
                Status = s.State == SessionState.Cancelled ? "CANCELLED" : "CONFIRMED",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>Relative, so a base address with a path (behind a proxy) keeps it. A panel opens on its own page, with its questions.</summary>
    public static string PagePath(SessionView s) => s.Kind == SessionKind.Panel ? $"panel?id={s.Id}" : $"session?id={s.Id}";

    private static CalDateTime Utc(DateTimeOffset at) => new(at.UtcDateTime, "UTC");

    private static string Describe(SessionView s, CalendarTexts texts)
    {
        var chairLabel = s.Kind == SessionKind.Panel ? texts.Moderator : texts.Chair;
        var lines = new List<string> { texts.Kind(s.Kind), $"{chairLabel}: {s.Chair.DisplayName}" };
        if (s.VideoUrl is not null) lines.Add($"{texts.VideoRoom}: {s.VideoUrl}");
        return string.Join("\n", lines);
    }
}
