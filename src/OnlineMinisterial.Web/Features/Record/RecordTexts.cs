using System.Globalization;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The words of the record's PDF in the six languages, as the mails (<c>MailTexts</c>) and the calendar file
/// (<c>CalendarTexts</c>) have theirs: one table per language, chosen by the reader's language, English for any key
/// a language lacks. The terms are the browser catalogues' own (<c>record.*</c>, <c>poll.*</c>, <c>statement.kind.*</c>),
/// so the page and the PDF say the same. Placeholders: {name} (filled by <see cref="Fill"/>).
/// </summary>
public sealed partial class RecordTexts
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    private RecordTexts(string language, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(language).Clone();
        // Western digits and separators, as UN Arabic documents write numbers (the browser's ar-u-nu-latn, ADR 0035).
        if (language == "ar") culture.NumberFormat = CultureInfo.InvariantCulture.NumberFormat;
        Culture = CultureInfo.ReadOnly(culture);
    }

    public string Language { get; }

    public CultureInfo Culture { get; }

    public bool RightToLeft => ConferenceLanguages.Direction(Language) == "rtl";

    /// <summary>The texts of one of the six languages (English for any other).</summary>
    public static RecordTexts For(string? language) => Cache.GetValueOrDefault(ConferenceLanguages.Match(language) ?? "en") ?? Cache["en"];

    public static IReadOnlyCollection<string> Languages => All.Keys;

    /// <summary>Every key English has: each language must have the same (tested).</summary>
    public static IReadOnlyCollection<string> Keys => [.. All["en"].Keys];

    /// <summary>The raw table of a language, for the catalogue test.</summary>
    public static IReadOnlyDictionary<string, string> Table(string language) => All[language];

    public string this[string key] => _texts.TryGetValue(key, out var text) ? text : All["en"][key];

    /// <summary>A text with its placeholders filled; numbers are written in the language's culture.</summary>
    public string Fill(string key, params (string Name, object? Value)[] values) =>
        values.Aggregate(this[key], (text, v) => text.Replace("{" + v.Name + "}", Format(v.Value), StringComparison.Ordinal));

    /// <summary>A label that the JSON keeps as a code (PointOfOrder, TwoThirds…), the code itself when there is no word for it.</summary>
    public string Code(string prefix, string? code) =>
        code is null ? "" : All["en"].ContainsKey($"{prefix}.{code}") ? this[$"{prefix}.{code}"] : code;

    /// <summary>
    /// A time of the record: UTC, as the record keeps it, in the language's way of writing a date. In a right-to-left
    /// line a right-to-left mark closes it, so what follows (a duration) is not read as part of "UTC".
    /// </summary>
    public string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString(this["format.time"], Culture) + (RightToLeft ? " UTC\u200F" : " UTC") : "—";

    /// <summary>A duration as the session room shows it: 3:05, 1:02:03.</summary>
    public static string Duration(int seconds) => seconds >= 3600
        ? $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}"
        : $"{seconds / 60}:{seconds % 60:00}";

    private string Format(object? value) => value switch
    {
        null => "",
        int n => n.ToString(Culture),
        long n => n.ToString(Culture),
        IFormattable f => f.ToString(null, Culture),
        _ => value.ToString() ?? "",
    };

    private static Dictionary<string, RecordTexts>? _cache;

    private static Dictionary<string, RecordTexts> Cache => _cache ??= All.ToDictionary(l => l.Key, l => new RecordTexts(l.Key, l.Value));
}
