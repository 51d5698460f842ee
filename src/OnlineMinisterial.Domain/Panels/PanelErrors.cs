namespace OnlineMinisterial.Domain.Panels;

/// <summary>
/// Stable codes of live panels (the stage and the question board). Clients switch on them, so they are never
/// renamed. The last segment classifies them (see <c>ErrorKinds</c>): "not_found" is NotFound, "conflict" is
/// Conflict, "rate_limited" is TooManyRequests, "auth." codes are Forbidden, the others Invalid.
/// </summary>
public static class PanelErrors
{
    public const string NotAPanel = "panel.not_a_panel";
    public const string PanelistNotFound = "panel.panelist_not_found";
    public const string StageFull = "panel.stage_full";
    public const string NotEligiblePanelist = "panel.not_eligible_panelist";
    public const string GuestIncomplete = "panel.guest_incomplete";
    public const string GuestIsDelegate = "panel.guest_is_delegate";
    public const string GuestPasswordRequired = "panel.guest_password_required";

    public const string QuestionNotFound = "question.not_found";
    public const string QuestionEmpty = "question.empty";
    public const string QuestionTooLong = "question.too_long";
    public const string QuestionIdConflict = "question.id_conflict";
    public const string RateLimited = "question.rate_limited";
    public const string NotPending = "question.not_pending";
    public const string NotOpen = "question.not_open";
    public const string NotAnswered = "question.not_answered";

    /// <summary>The record of a closed session is final (the same code as the floor's).</summary>
    public const string SessionClosed = "session.closed";

    /// <summary>Only the panel's moderator (its chair) or the secretariat moderates the stage and the questions.</summary>
    public const string NotModerator = "auth.not_moderator";

    /// <summary>Only a member of a delegation asks and upvotes questions (observers and guests watch).</summary>
    public const string NotDelegate = "auth.not_delegate";
}
