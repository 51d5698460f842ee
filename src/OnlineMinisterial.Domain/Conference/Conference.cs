using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Conference;

/// <summary>A ministerial conference: the frame around delegations, sessions and the declaration.</summary>
public sealed class Conference
{
    private Conference() { }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>IANA time zone of the host; times are stored in UTC and shown in this zone beside the viewer's.</summary>
    public string HostTimeZone { get; private set; } = "UTC";

    /// <summary>First and last day on the host's calendar (null for a conference set up before dates were kept).</summary>
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }

    /// <summary>Working languages, comma-separated ISO 639-1 codes; the first is the default of messages.</summary>
    public string Languages { get; private set; } = "en";

    public IReadOnlyList<string> LanguageList => Languages.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static Conference Create(Guid id, string title, string hostTimeZone)
    {
        Common.Guard.That(!string.IsNullOrWhiteSpace(title), Common.ErrorCodes.TextRequired, "A conference needs a title.");
        Common.TextLimits.Check(title.Trim(), Common.TextLimits.ConferenceTitle, "conference title");
        Common.Guard.That(!string.IsNullOrWhiteSpace(hostTimeZone), Common.ErrorCodes.InvalidArgument, "A conference needs the host's time zone.");
        return new Conference { Id = id, Title = title.Trim(), HostTimeZone = hostTimeZone };
    }

    /// <summary>A conference as the secretariat sets it up: title, host zone (checked), dates and languages.</summary>
    public static Conference Create(Guid id, string title, string hostTimeZone, DateOnly startsOn, DateOnly endsOn, IEnumerable<string> languages)
    {
        var conference = Create(id, title, hostTimeZone);
        conference.Describe(title, hostTimeZone, startsOn, endsOn, languages);
        return conference;
    }

    public void Describe(string title, string hostTimeZone, DateOnly startsOn, DateOnly endsOn, IEnumerable<string> languages)
    {
        Guard.That(!string.IsNullOrWhiteSpace(title), ErrorCodes.TextRequired, "A conference needs a title.");
        TextLimits.Check(title.Trim(), TextLimits.ConferenceTitle, "conference title");
        HostTime.Zone(hostTimeZone);
        Guard.That(endsOn >= startsOn, AccreditationErrors.DatesInvalid, "The conference must end on or after the day it starts.");
        Title = title.Trim();
        HostTimeZone = hostTimeZone;
        (StartsOn, EndsOn) = (startsOn, endsOn);
        Languages = string.Join(",", ConferenceLanguages.Parse(languages));
    }
}
