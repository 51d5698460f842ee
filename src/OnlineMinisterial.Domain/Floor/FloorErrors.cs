namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// Stable codes of the speaker queue. The last segment classifies them (see <c>ErrorKinds</c>):
/// "not_found" codes are NotFound, the others Invalid.
/// </summary>
public static class FloorErrors
{
    public const string ListClosed = "floor.list_closed";
    public const string RequestNotFound = "floor.request_not_found";
    public const string DuplicateRequestId = "floor.duplicate_request_id";
    public const string NotWaiting = "floor.not_waiting";
    public const string NobodyWaiting = "floor.nobody_waiting";
    public const string NoCurrentSpeech = "floor.no_current_speech";
    public const string AlreadyPaused = "floor.already_paused";
    public const string NotPaused = "floor.not_paused";
    public const string InvalidExtension = "floor.invalid_extension";
    public const string NoTimeLimit = "floor.no_time_limit";
    public const string PositionOutOfRange = "floor.position_out_of_range";
    public const string NoLastSpeaker = "floor.no_last_speaker";
    public const string GroupRequiresStatement = "floor.group_requires_statement";
    public const string InvalidLimit = "floor.invalid_limit";
    public const string SessionNotOpen = "floor.session_not_open";
    public const string NotRemoved = "floor.not_removed";
    public const string AlreadyOnList = "floor.already_on_list";
    public const string LanguageUnknown = "floor.language_unknown";
    public const string InterpretationRequired = "floor.interpretation_required";
    public const string ExtensionTooLong = "floor.extension_too_long";
    public const string LimitTooLong = "floor.limit_too_long";
}
