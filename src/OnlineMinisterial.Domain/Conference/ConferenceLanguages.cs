using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Conference;

/// <summary>The languages a conference may work in: the six official languages of the United Nations (ISO 639-1).</summary>
public static class ConferenceLanguages
{
    public static readonly string[] Un = ["en", "fr", "es", "ru", "zh", "ar"];

    /// <summary>The languages written right to left: the layout mirrors for them.</summary>
    public static string Direction(string language) => language == "ar" ? "rtl" : "ltr";

    /// <summary>A person's choice of UI language: one of the six, normalised; anything else is refused.</summary>
    public static string Choose(string? language)
    {
        var code = language?.Trim().ToLowerInvariant();
        Guard.That(code is not null && Un.Contains(code), ConferenceErrors.UiLanguageUnknown,
            $"Choose one of the languages {string.Join(", ", Un)}.");
        return code!;
    }

    /// <summary>One of the six when <paramref name="language"/> is one (its primary subtag: "fr-CA" is "fr"), else null.</summary>
    public static string? Match(string? language)
    {
        var primary = language?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary is not null && Un.Contains(primary) ? primary : null;
    }

    /// <summary>Checks and normalises a list such as "en, fr": lower case, no duplicates, at least one.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string>? languages)
    {
        var list = (languages ?? []).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        Guard.That(list.Count > 0, AccreditationErrors.LanguageUnknown, "Choose at least one language of the conference.");
        var unknown = list.Where(l => !Un.Contains(l)).ToList();
        Guard.That(unknown.Count == 0, AccreditationErrors.LanguageUnknown,
            $"Unknown language(s) {string.Join(", ", unknown)}: use the UN languages {string.Join(", ", Un)}.");
        return list;
    }
}
