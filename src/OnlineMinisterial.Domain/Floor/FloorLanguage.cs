using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// The language a delegation will speak when it has the floor, so the interpreters can follow. One of the six
/// official languages, or another language with the official language it is interpreted into (as the UN General
/// Assembly's rules 51-53 have it: a speech in another language brings its own interpretation into one of them).
/// </summary>
public sealed record FloorLanguage(string Spoken, string? InterpretedInto)
{
    public bool IsOfficial => InterpretedInto is null;

    /// <summary>
    /// Checks what a delegation declares: <paramref name="spoken"/> an ISO 639-1 code; when it is not one of the six,
    /// <paramref name="interpretedInto"/> must name the official language its interpretation goes into (and is
    /// dropped when the spoken language is official itself).
    /// </summary>
    public static FloorLanguage Declare(string? spoken, string? interpretedInto)
    {
        var code = Normalise(spoken);
        Guard.That(code is not null && Iso6391.Contains(code!), FloorErrors.LanguageUnknown,
            $"Say which language the delegation will speak, as an ISO 639-1 code such as {string.Join(", ", ConferenceLanguages.Un)}.");
        if (ConferenceLanguages.Un.Contains(code)) return new FloorLanguage(code!, null);
        var into = Normalise(interpretedInto);
        Guard.That(into is not null && ConferenceLanguages.Un.Contains(into), FloorErrors.InterpretationRequired,
            $"A statement in another language is interpreted into one of {string.Join(", ", ConferenceLanguages.Un)}: say which.");
        return new FloorLanguage(code!, into);
    }

    private static string? Normalise(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToLowerInvariant();
}
