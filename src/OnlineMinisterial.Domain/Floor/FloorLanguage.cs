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
    // ISO 639-1, without the withdrawn codes (in, iw, ji, jw, mo, sh).
    private static readonly HashSet<string> Iso6391 = [.. """
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el
        en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu
        ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na
        nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so
        sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    public bool IsOfficial => InterpretedInto is null;

    /// <summary>
    /// Checks what a delegation declares: <paramref name="spoken"/> an ISO 639-1 code; when it is not one of the six,
    /// <paramref name="interpretedInto"/> must name the official language its interpretation goes into (and is
    /// dropped when the spoken language is official itself).
    /// </summary>
    public static FloorLanguage Declare(string? spoken, string? interpretedInto)
    {
        var code = Normalise(spoken);
        Guard.That(code is not null && Iso6391.Contains(code), FloorErrors.LanguageUnknown,
            $"Say which language the delegation will speak, as an ISO 639-1 code such as {string.Join(", ", ConferenceLanguages.Un)}.");
        if (ConferenceLanguages.Un.Contains(code)) return new FloorLanguage(code!, null);
        var into = Normalise(interpretedInto);
        Guard.That(into is not null && ConferenceLanguages.Un.Contains(into), FloorErrors.InterpretationRequired,
            $"A statement in another language is interpreted into one of {string.Join(", ", ConferenceLanguages.Un)}: say which.");
        return new FloorLanguage(code!, into);
    }

    private static string? Normalise(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToLowerInvariant();
}
