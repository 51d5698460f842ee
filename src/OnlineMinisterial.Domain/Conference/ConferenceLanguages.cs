using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Conference;

/// <summary>The languages a conference may work in: the six official languages of the United Nations (ISO 639-1).</summary>
public static class ConferenceLanguages
{
    public static readonly string[] Un = ["en", "fr", "es", "ru", "zh", "ar"];

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
