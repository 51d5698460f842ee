namespace OnlineMinisterial.Domain.Conference;

/// <summary>Codes of the agenda and session rules. Stable: clients switch on them.</summary>
public static class ConferenceErrors
{
    public const string SessionClosed = "session.closed";
    public const string ResumeInPast = "session.resume_in_past";
    public const string SpeechRunning = "session.speech_running";
    public const string SessionCancelled = "session.cancelled";
    public const string EndBeforeStart = "agenda.end_before_start";
    public const string StartsInPast = "agenda.starts_in_past";
    public const string ChairInvalid = "agenda.chair_invalid";
    public const string LocalTimeExpected = "agenda.local_time_expected";
    public const string ReorderMismatch = "agenda.reorder_mismatch";
    public const string TimeZoneUnknown = "conference.time_zone_unknown";
    public const string UiLanguageUnknown = "language.unknown";
    public const string VideoLinkInvalid = "session.video_link_invalid";
}
