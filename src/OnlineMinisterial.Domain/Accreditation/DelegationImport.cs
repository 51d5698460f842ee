using System.Text.RegularExpressions;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>
/// Reads a delegations CSV (columns <c>code,name,kind,votes,rank</c>, header first, in any order) and compares it
/// with the delegations that exist: each line is new, changed, unchanged or an error with its reason. Nothing is
/// imported while any line is an error.
/// </summary>
public static partial class DelegationImport
{
    public static readonly string[] Columns = ["code", "name", "kind", "votes", "rank"];

    public static IReadOnlyList<ImportRow> Preview(string csv, IReadOnlyCollection<DelegationRow> existing, int maxDelegations)
    {
        var rows = CsvReader.Read(csv);
        var expected = string.Join(",", Columns);
        if (rows.Count == 0)
            return [ImportRow.Refused(1, "", Problem(AccreditationErrors.ImportEmpty, $"The file is empty: the first line must be the header {expected}.",
                ("columns", expected)))];
        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => c != "votes" && !header.Contains(c)).ToList();
        if (missing.Count > 0)
            return [ImportRow.Refused(rows[0].Line, "", Problem(AccreditationErrors.ImportHeaderMissing,
                $"The header lacks the column(s) {string.Join(", ", missing)}; expected {expected}.", ("missing", string.Join(", ", missing)), ("columns", expected)))];

        var byCode = existing.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var total = existing.Count;
        var result = new List<ImportRow>();
        foreach (var row in rows.Skip(1))
        {
            string Get(string column) => header.IndexOf(column) is var i and >= 0 && i < row.Fields.Count ? row.Fields[i].Trim() : "";
            var code = Get("code").ToUpperInvariant();
            var (parsed, problem) = Parse(code, Get("name"), Get("kind"), Get("votes"), Get("rank"), row.Fields.Count, header.Count);
            if (parsed is not null && !seen.Add(code))
                (parsed, problem) = (null, Problem(AccreditationErrors.ImportDuplicateCode, $"The code {code} appears more than once in the file.", ("code", code)));
            if (parsed is not null && !byCode.ContainsKey(code) && ++total > maxDelegations)
                (parsed, problem) = (null, Problem(AccreditationErrors.ImportTooMany,
                    $"A conference may have at most {maxDelegations} delegations; this one would be number {total}.", ("max", Number(maxDelegations)), ("number", Number(total))));
            if (parsed is null) { result.Add(ImportRow.Refused(row.Line, code, problem!)); continue; }
            if (!byCode.TryGetValue(code, out var current)) { result.Add(new ImportRow(row.Line, code, ImportRowStatus.New, parsed, null)); continue; }
            var changes = Changes(current, parsed);
            result.Add(changes.Count == 0
                ? new ImportRow(row.Line, code, ImportRowStatus.Unchanged, parsed, null)
                : new ImportRow(row.Line, code, ImportRowStatus.Changed, parsed, string.Join("; ", changes.Select(c => $"{c.Field}: {c.From} → {c.To}")), Changes: changes));
        }
        return result;
    }

    /// <summary>One rule for a delegation's columns, for the import's lines and the secretariat's form alike.</summary>
    public static (DelegationRow? Row, ImportProblem? Problem) Parse(string code, string name, string kind, string votes, string rank,
        int fieldCount = 5, int headerCount = 5)
    {
        if (fieldCount != headerCount)
            return (null, Problem(AccreditationErrors.ImportFieldCount, $"The line has {fieldCount} fields; the header has {headerCount}.",
                ("fields", Number(fieldCount)), ("header", Number(headerCount))));
        if (!Enum.TryParse<DelegationKind>(kind.Replace(" ", ""), ignoreCase: true, out var k) || !Enum.IsDefined(k))
            return (null, Problem(AccreditationErrors.DelegationKindUnknown, $"The kind '{kind}' is not one of MemberState, InternationalOrganization, Observer.", ("kind", kind)));
        if (k == DelegationKind.MemberState ? !CountryCode().IsMatch(code) : !OrganizationCode().IsMatch(code))
            return (null, k == DelegationKind.MemberState
                ? Problem(AccreditationErrors.DelegationCodeNotIso, $"The code '{code}' is not an ISO 3166 alpha-3 code (three letters, e.g. KAZ).", ("code", code))
                : Problem(AccreditationErrors.DelegationCodeNotAcronym, $"The code '{code}' must be an acronym of 2 to 16 letters, digits or hyphens (e.g. UNODC).", ("code", code)));
        if (name.Length is 0 or > NameMax)
            return (null, Problem(AccreditationErrors.DelegationNameInvalid, $"The name is required (at most {NameMax} characters).", ("max", Number(NameMax))));
        if (!Enum.TryParse<HeadRank>(rank.Replace(" ", ""), ignoreCase: true, out var r) || !Enum.IsDefined(r))
            return (null, Problem(AccreditationErrors.DelegationRankUnknown,
                $"The rank '{rank}' is not one of HeadOfStateOrGovernment, Minister, DeputyMinister, Ambassador, SeniorOfficial.", ("rank", rank)));
        bool? v = votes.ToLowerInvariant() switch { "" => null, "yes" or "true" => true, "no" or "false" => false, _ => (bool?)null };
        if (votes.Length > 0 && v is null)
            return (null, Problem(AccreditationErrors.DelegationVotesUnknown,
                $"The votes column says '{votes}'; write yes or no (or leave it empty for the default of the kind).", ("votes", votes)));
        return (new DelegationRow(code, name, k, v ?? k == DelegationKind.MemberState, r), null);
    }

    public const int NameMax = TextLimits.DelegationName;

    private static List<ImportChange> Changes(DelegationRow a, DelegationRow b)
    {
        static string YesNo(bool votes) => votes ? "yes" : "no";
        var changes = new List<ImportChange>();
        if (a.Name != b.Name) changes.Add(new("name", a.Name, b.Name));
        if (a.Kind != b.Kind) changes.Add(new("kind", a.Kind.ToString(), b.Kind.ToString()));
        if (a.Votes != b.Votes) changes.Add(new("votes", YesNo(a.Votes), YesNo(b.Votes)));
        if (a.HeadRank != b.HeadRank) changes.Add(new("rank", a.HeadRank.ToString(), b.HeadRank.ToString()));
        return changes;
    }

    private static ImportProblem Problem(string code, string text, params (string Name, string Value)[] values) =>
        new(code, values.ToDictionary(v => v.Name, v => v.Value), text);

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ToCsv(IEnumerable<DelegationRow> rows) =>
        string.Join("\r\n", new[] { string.Join(",", Columns) }.Concat(rows.Select(r =>
            string.Join(",", CsvReader.Field(r.Code), CsvReader.Field(r.Name), r.Kind, r.Votes ? "yes" : "no", r.HeadRank)))) + "\r\n";

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z][A-Z0-9-]{1,15}$")]
    private static partial Regex OrganizationCode();
}
