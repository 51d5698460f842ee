using System.Globalization;
using System.Text;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// A published result for the record (results.json and results.csv). <see cref="Votes"/> lists every eligible
/// delegation of a recorded poll (Choice null: did not vote) and is empty for a secret poll.
/// </summary>
public sealed record PollResultsDocument(
    Guid PollId,
    string Question,
    PollSubjectKind SubjectKind,
    Guid SubjectId,
    PollMode Mode,
    DecisionRule Rule,
    DateTimeOffset PublishedAt,
    bool Adopted,
    bool QuorumMet,
    string Reason,
    int Yes,
    int No,
    int Abstain,
    int Voted,
    int Present,
    int Eligible,
    IReadOnlyList<DelegationVote> Votes)
{
    /// <summary>
    /// One table for both modes, so a spreadsheet opens either: "result" rows carry the outcome and the totals,
    /// "vote" rows (recorded polls only) one delegation each.
    /// </summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        Row(csv, "row", "delegation_code", "delegation_name", "value");
        Row(csv, "result", "", "Question", Question);
        Row(csv, "result", "", "Mode", Mode.ToString());
        Row(csv, "result", "", "Rule", Rule.ToString());
        Row(csv, "result", "", "Adopted", Adopted ? "yes" : "no");
        Row(csv, "result", "", "Quorum met", QuorumMet ? "yes" : "no");
        Row(csv, "result", "", "Reason", Reason);
        foreach (var (label, count) in new[] { ("Yes", Yes), ("No", No), ("Abstain", Abstain), ("Voted", Voted), ("Present", Present), ("Eligible", Eligible) })
            Row(csv, "result", "", label, count.ToString(CultureInfo.InvariantCulture));
        Row(csv, "result", "", "Published at", PublishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        foreach (var vote in Votes)
            Row(csv, "vote", vote.Code, vote.Name, vote.Choice?.ToString() ?? "Did not vote");
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] fields) =>
        csv.Append(string.Join(',', fields.Select(Escape))).Append("\r\n");

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a question as a formula.
    private static string Escape(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal)) field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}

public sealed record DelegationVote(Guid DelegationId, string Code, string Name, VoteChoice? Choice);
