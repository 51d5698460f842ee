namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// Codes the host gives when someone may not act on a list of speakers right now. Kept apart from
/// <see cref="FloorErrors"/> because they are about who asks and when, not about the list's own rules, and their
/// prefixes classify them (see <c>ErrorKinds</c>): "auth." codes are Forbidden, the others Invalid.
/// </summary>
public static class FloorAccessErrors
{
    /// <summary>Only the session's chair or the secretariat moderates its list.</summary>
    public const string NotChair = "auth.not_chair";

    /// <summary>Only a member of a delegation asks for the floor (observers, chairs and the secretariat do not).</summary>
    public const string NotDelegate = "auth.not_delegate";

    /// <summary>The record of a closed session is final: its list no longer changes.</summary>
    public const string SessionClosed = "session.closed";
}
