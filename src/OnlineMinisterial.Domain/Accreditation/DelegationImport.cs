using System.Text.RegularExpressions;
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
        if (rows.Count == 0) return [new ImportRow(1, "", ImportRowStatus.Error, null, "The file is empty: the first line must be the header code,name,kind,votes,rank.")];
        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => c != "votes" && !header.Contains(c)).ToList();
        if (missing.Count > 0)
            return [new ImportRow(rows[0].Line, "", ImportRowStatus.Error, null, $"The header lacks the column(s) {string.Join(", ", missing)}; expected code,name,kind,votes,rank.")];

        var byCode = existing.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var total = existing.Count;
        var result = new List<ImportRow>();
        foreach (var row in rows.Skip(1))
        {
            string Get(string column) => header.IndexOf(column) is var i and >= 0 && i < row.Fields.Count ? row.Fields[i].Trim() : "";
            var code = Get("code").ToUpperInvariant();
            var (parsed, error) = Parse(code, Get("name"), Get("kind"), Get("votes"), Get("rank"), row.Fields.Count, header.Count);
            if (parsed is not null && !seen.Add(code)) (parsed, error) = (null, $"The code {code} appears more than once in the file.");
            if (parsed is not null && !byCode.ContainsKey(code) && ++total > maxDelegations)
                (parsed, error) = (null, $"A conference may have at most {maxDelegations} delegations; this one would be number {total}.");
            if (parsed is null) { result.Add(new ImportRow(row.Line, code, ImportRowStatus.Error, null, error)); continue; }
            var status = !byCode.TryGetValue(code, out var current) ? ImportRowStatus.New
                : current == parsed with { Code = current.Code } ? ImportRowStatus.Unchanged : ImportRowStatus.Changed;
            result.Add(new ImportRow(row.Line, code, status, parsed, status == ImportRowStatus.Changed ? Differences(current!, parsed) : null));
        }
        return result;
    }

    public static (DelegationRow? Row, string? Error) Parse(string code, string name, string kind, string votes, string rank,
        int fieldCount = 5, int headerCount = 5)
    {
        if (fieldCount != headerCount) return (null, $"The line has {fieldCount} fields; the header has {headerCount}.");
        if (!Enum.TryParse<DelegationKind>(kind.Replace(" ", ""), ignoreCase: true, out var k) || !Enum.IsDefined(k))
            return (null, $"The kind '{kind}' is not one of MemberState, InternationalOrganization, Observer.");
        if (k == DelegationKind.MemberState ? !CountryCode().IsMatch(code) : !OrganizationCode().IsMatch(code))
            return (null, k == DelegationKind.MemberState
                ? $"The code '{code}' is not an ISO 3166 alpha-3 code (three letters, e.g. KAZ)."
                : $"The code '{code}' must be an acronym of 2 to 16 letters, digits or hyphens (e.g. UNODC).");
        if (name.Length is 0 or > 200) return (null, "The name is required (at most 200 characters).");
        if (!Enum.TryParse<HeadRank>(rank.Replace(" ", ""), ignoreCase: true, out var r) || !Enum.IsDefined(r))
            return (null, $"The rank '{rank}' is not one of HeadOfStateOrGovernment, Minister, DeputyMinister, Ambassador, SeniorOfficial.");
        bool? v = votes.ToLowerInvariant() switch { "" => null, "yes" or "true" => true, "no" or "false" => false, _ => (bool?)null };
        if (votes.Length > 0 && v is null)
            return (null, $"The votes column says '{votes}'; write yes or no (or leave it empty for the default of the kind).");
        return (new DelegationRow(code, name, k, v ?? k == DelegationKind.MemberState, r), null);
    }

    private static string Differences(DelegationRow a, DelegationRow b) => string.Join("; ", new[]
    {
        a.Name != b.Name ? $"name: {a.Name} → {b.Name}" : null,
        a.Kind != b.Kind ? $"kind: {a.Kind} → {b.Kind}" : null,
        a.Votes != b.Votes ? $"votes: {(a.Votes ? "yes" : "no")} → {(b.Votes ? "yes" : "no")}" : null,
        a.HeadRank != b.HeadRank ? $"rank: {a.HeadRank} → {b.HeadRank}" : null,
    }.Where(x => x is not null));

    public static string ToCsv(IEnumerable<DelegationRow> rows) =>
        string.Join("\r\n", new[] { string.Join(",", Columns) }.Concat(rows.Select(r =>
            string.Join(",", CsvReader.Field(r.Code), CsvReader.Field(r.Name), r.Kind, r.Votes ? "yes" : "no", r.HeadRank)))) + "\r\n";

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z][A-Z0-9-]{1,15}$")]
    private static partial Regex OrganizationCode();
}
