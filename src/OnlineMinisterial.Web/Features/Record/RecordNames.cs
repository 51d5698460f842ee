using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// Names in the record's language, by the same rules and data as the browser (<c>js/names.js</c>, ADR 0035): a member
/// state by its ISO 3166 code (<c>js/data/regions.js</c> maps alpha-3 to alpha-2; the name comes from the culture
/// data .NET reads from ICU, as the browser's Intl does), an organisation by its official name
/// (<c>js/data/organisations.js</c>), a floor language by its ISO 639-1 code. In English the delegation keeps the
/// name the secretariat entered; a code without a standard name keeps that name in every language.
/// </summary>
public static partial class RecordNames
{
    private static readonly ConcurrentDictionary<(string Kind, string Code, string Language), string> Names = new();
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Regions = new(() =>
        RegionPair().Matches(Resource("regions.js")).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value));
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Organisations = new(() =>
        OrganisationBlock().Matches(Resource("organisations.js")).ToDictionary(m => m.Groups[1].Value,
            m => (IReadOnlyDictionary<string, string>)QuotedPair().Matches(m.Groups[2].Value)
                .ToDictionary(p => p.Groups[1].Value, p => Regex.Unescape(p.Groups[2].Value))));

    public static string Delegation(RecordDelegation d, string language)
    {
        if (language == "en") return d.Name;
        if (Organisations.Value.TryGetValue(d.Code, out var official)) return official.GetValueOrDefault(language) ?? d.Name;
        return Regions.Value.TryGetValue(d.Code, out var region) ? Region(region, language) ?? d.Name : d.Name;
    }

    /// <summary>A language's name in <paramref name="language"/>: "fr" is "французский" in Russian; the code when ICU has no name.</summary>
    public static string Language(string code, string language) => Names.GetOrAdd(("language", code, language), key =>
        InUiCulture(key.Language, () => CultureInfo.GetCultureInfo(key.Code).DisplayName) is var name && name != key.Code
            && !name.StartsWith("Invariant", StringComparison.Ordinal) ? name : key.Code);

    /// <summary>
    /// A region's name. .NET has no region name in another language than the culture's own, but a culture's display
    /// name is "language (region)" in the UI language: the region is what stands after the language's name.
    /// </summary>
    private static string? Region(string alpha2, string language)
    {
        var name = Names.GetOrAdd(("region", alpha2, language), key => InUiCulture(key.Language, () =>
        {
            var english = CultureInfo.GetCultureInfo("en").DisplayName;
            var full = CultureInfo.GetCultureInfo("en-" + key.Code).DisplayName;
            return full.StartsWith(english, StringComparison.Ordinal) ? full[english.Length..].Trim().Trim('(', ')', '（', '）').Trim() : "";
        }));
        return name.Length > 0 && name != alpha2 ? name : null;
    }

    private static string InUiCulture(string language, Func<string> read)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return read();
        }
        catch (CultureNotFoundException)
        {
            return "";
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Resource(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Record.Names.{file}")
            ?? throw new InvalidOperationException($"The app was built without js/data/{file}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\b([A-Z]{2,3}): '([A-Z]{2})'")]
    private static partial Regex RegionPair();

    [GeneratedRegex(@"\b([A-Z][A-Z0-9]+): \{([^}]*)\}")]
    private static partial Regex OrganisationBlock();

    [GeneratedRegex(@"\b([a-z]{2}): '((?:[^'\\]|\\.)*)'")]
    private static partial Regex QuotedPair();
}
