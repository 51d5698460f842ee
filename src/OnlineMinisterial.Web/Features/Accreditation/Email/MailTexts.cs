namespace OnlineMinisterial.Web.Features.Accreditation.Email;

/// <summary>
/// The texts of the messages the app sends, in the six UN languages. Placeholders: {name}, {conference}, {link},
/// {hours}, {minutes}, {reason}. No message ever carries a password: links set one.
/// </summary>
public sealed partial record MailTexts(string Closing,
    string InvitationSubject, string InvitationBody,
    string ResetSubject, string ResetBody,
    string RejectedSubject, string RejectedBody)
{
    /// <summary>The texts for a language, English when the language is not one of the six.</summary>
    public static MailTexts For(string? language) =>
        All.TryGetValue(language ?? "", out var texts) ? texts : All["en"];

    public static IReadOnlyCollection<string> Languages => All.Keys;

    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(template, (text, v) => text.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));
}
