namespace OnlineMinisterial.Domain.Common;

/// <summary>
/// Stable error codes shared by every feature. Feature-specific codes live next to their feature
/// (for example <c>FloorErrors</c>). Codes are lower-case, dotted by feature, and never renamed.
/// </summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "auth.unauthenticated";
    public const string Forbidden = "auth.forbidden";
    public const string NotYourDelegation = "auth.not_your_delegation";
    public const string NotSeatHolder = "auth.not_seat_holder";
    public const string VersionConflict = "version.conflict";
    public const string InvalidArgument = "request.invalid_argument";
    public const string SessionNotFound = "session.not_found";
    public const string ConferenceNotFound = "conference.not_found";
    public const string DelegationNotFound = "delegation.not_found";
    public const string PersonNotFound = "person.not_found";
    public const string SessionNotLive = "session.not_live";
    public const string SessionTransitionInvalid = "session.transition_invalid";
    public const string SeatTransferInvalid = "seat.transfer_invalid";
    public const string Unexpected = "server.unexpected";
    public const string AntiforgeryInvalid = "request.antiforgery_invalid";
    public const string InvalidCredentials = "auth.invalid_credentials";
    public const string LockedOut = "auth.locked_out";
    public const string Deactivated = "auth.deactivated";
    public const string SessionEnded = "auth.session_ended";
    public const string PasswordWrong = "password.wrong_current";
    public const string PasswordWeak = "password.too_weak";
    public const string RateLimited = "request.rate_limited";
    public const string TextTooLong = "text.too_long";
    /// <summary>A text the rule needs (a title, a reason, a paragraph) is empty or only spaces.</summary>
    public const string TextRequired = "text.required";
    public const string CannotDeactivateSelf = "account.cannot_deactivate_self";
}
