using System.Text.RegularExpressions;

namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// The ISO 639-1 codes a delegation may say it speaks. The list is kept once, in the browser's data file
/// (<c>wwwroot/js/data/iso-639-1.js</c>, which the floor's language menu imports); this assembly embeds that file and
/// reads the codes from its template string, so the menu and the check cannot drift apart.
/// </summary>
public static partial class Iso6391
{
    private const string Resource = "iso-639-1.js";

    /// <summary>Every code, lower case, in the file's order.</summary>
    public static IReadOnlyList<string> Codes { get; } = Parse(Read());

    private static readonly HashSet<string> Set = [.. Codes];

    public static bool Contains(string code) => Set.Contains(code);

    /// <summary>The codes of the data file's text: the whitespace-separated words between its two backticks.</summary>
    public static IReadOnlyList<string> Parse(string module)
    {
        var start = module.IndexOf('`', StringComparison.Ordinal);
        var end = module.LastIndexOf('`');
        if (start < 0 || end <= start) throw new InvalidOperationException($"{Resource} holds no `...` list of codes.");
        var codes = module[(start + 1)..end].Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var wrong = codes.Where(c => !TwoLetters().IsMatch(c)).ToList();
        if (codes.Length == 0 || wrong.Count > 0) throw new InvalidOperationException($"{Resource}: not ISO 639-1 codes: {string.Join(' ', wrong)}");
        return codes;
    }

    private static string Read()
    {
        using var stream = typeof(Iso6391).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(Iso6391).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex TwoLetters();
}
