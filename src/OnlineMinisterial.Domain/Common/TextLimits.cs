namespace OnlineMinisterial.Domain.Common;

/// <summary>
/// How long each text may be: the rule, checked by the domain before anything is stored, so every provider answers
/// the same (<c>text.too_long</c>) instead of SQLite storing it whole and PostgreSQL failing at commit. The columns
/// are sized from these constants. The browser's <c>maxlength</c> attributes say the same numbers (docs/security.md).
/// </summary>
public static class TextLimits
{
    public const int ConferenceTitle = 300;
    public const int SessionTitle = 300;
    public const int VideoUrl = 2000;
    public const int PollQuestion = 1000;
    public const int DeclarationTitle = 500;
    public const int Paragraph = 10_000;
    public const int AmendmentText = Paragraph;
    public const int Statement = Paragraph;
    public const int Reason = 4000;
    public const int PersonName = 200;
    public const int DelegationName = 200;
    public const int Email = 256;

    /// <summary>Refuses <paramref name="text"/> longer than <paramref name="max"/> characters (null is not this rule's business).</summary>
    public static void Check(string? text, int max, string what)
    {
        if (text is { Length: var length } && length > max)
            throw new DomainException(ErrorCodes.TextTooLong, $"The {what} is too long ({length} characters; at most {max}).");
    }
}
