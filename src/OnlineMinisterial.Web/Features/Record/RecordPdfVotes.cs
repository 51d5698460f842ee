using System.Globalization;
using System.Text.RegularExpressions;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The record PDF's votes, decisions and statements. The JSON (format v1) keeps a few of their values as English
/// phrases written by <see cref="RecordBuilder"/> (the quorum, an amendment's subject, an adoption's detail): English
/// shows them as they are, the other languages read them back by the builder's patterns and word them in their own.
/// </summary>
internal static partial class RecordPdfVotes
{
    public static void Write(PdfPages pages, RecordDocument r, RecordTexts x)
    {
        pages.Heading(RecordPdf.Counted(x, "polls", r.Polls.Count));
        foreach (var p in r.Polls)
        {
            pages.Line(PollQuestionText.Of(p.Question, p.Wording, x), bold: true);
            pages.Line($"   {x.Code("mode", p.Mode)} · {x.Code("rule", p.Rule)} · {x.Fill("quorum", ("quorum", Quorum(p.Quorum, x)))} · "
                + $"{x.Code("state", p.State)}{x["sep.comma"]}{x.Fill("pollTimes", ("opened", x.Time(p.OpenedAt)), ("closed", x.Time(p.ClosedAt)))}");
            if (p.Yes is not null)
            {
                var outcome = x[p.Adopted == true ? "adopted" : "notAdopted"];
                // The reason is an English sentence of the voting rules; in another language the tally, the quorum and the outcome say it.
                var why = x.Language == "en" ? x["sep.colon"] + p.Result : p.QuorumMet is { } met ? $" ({x[met ? "quorumMet" : "quorumNotMet"]})" : "";
                pages.Line($"   {x.Fill("tally", ("yes", p.Yes), ("no", p.No), ("abstain", p.Abstain))}{x["sep.semicolon"]}"
                    + $"{x.Fill("turnout", ("voted", p.Voted), ("eligible", p.Eligible), ("present", p.Present))} · {outcome}{why}");
            }
            foreach (var v in p.Votes) pages.Line($"      {RecordPdf.Name(v.Delegation, x)}{x["sep.colon"]}{x.Code("choice", v.Choice)}");
        }
        if (r.Polls.Count == 0) pages.Note(x["polls.none"]);

        pages.Heading(RecordPdf.Counted(x, "decisions", r.Decisions.Count));
        foreach (var d in r.Decisions)
        {
            var detail = Detail(d.Detail, x);
            pages.Line($"{x.Time(d.At)} · {Subject(d.Subject, x)}{x["sep.colon"]}{x.Code("outcome", d.Outcome)}{(detail.Length > 0 ? $" ({detail})" : "")}");
        }
        if (r.Decisions.Count == 0) pages.Note(x["decisions.none"]);

        if (r.Statements.Count > 0)
        {
            pages.Heading(x["statements"]);
            foreach (var s in r.Statements)
                pages.Line(RecordPdf.Name(s.Delegation, x) + x["sep.comma"] + x.Code("statement.kind", s.Kind) + x["sep.comma"] + x.Time(s.AttachedAt)
                    + x["sep.colon"] + s.Text);
        }
    }

    private static string Quorum(string stored, RecordTexts x)
    {
        if (x.Language == "en") return stored;
        if (stored == "majority of voting delegations present") return x["quorum.majority"];
        if (QuorumCount().Match(stored) is { Success: true } count) return x.Fill("quorum.count", ("count", int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture)));
        if (QuorumShare().Match(stored) is { Success: true } share)
            return x.Fill("quorum.share", ("share", decimal.Parse(share.Groups[1].Value, CultureInfo.InvariantCulture)));
        return stored;
    }

    private static string Subject(string stored, RecordTexts x) =>
        x.Language != "en" && Amendment().Match(stored) is { Success: true } m
            ? x.Fill("amendment", ("paragraph", m.Groups[1].Value), ("kind", x.Code("amendKind", m.Groups[2].Value)))
            : stored;

    private static string Detail(string stored, RecordTexts x) =>
        x.Language != "en" && AdoptedVersion().Match(stored) is { Success: true } m
            ? x.Fill("adoptedVersion", ("version", int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)), ("by", m.Groups[2].Value))
            : stored;

    [GeneratedRegex(@"^(\d+) voting delegations present$")]
    private static partial Regex QuorumCount();

    [GeneratedRegex(@"^([0-9.]+) of voting delegations present$")]
    private static partial Regex QuorumShare();

    [GeneratedRegex(@"^Amendment to (.+) \((Replace|InsertAfter|Delete)\)$")]
    private static partial Regex Amendment();

    [GeneratedRegex(@"^version (\d+), by (.+)$")]
    private static partial Regex AdoptedVersion();
}
