using System.Globalization;
using System.Security.Cryptography;
using PdfSharp.Pdf;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The record as a PDF a ministry can file: real text (extractable), the embedded DejaVu Sans font, and no clock or
/// random number: the document's dates are the close and its identifier is derived from the session, so the same
/// record gives the same bytes.
/// </summary>
public static class RecordPdf
{
    public static byte[] Render(RecordDocument r, string jsonSha256)
    {
        RecordFonts.Install();
        using var document = new PdfDocument();
        var closed = r.Session.ClosedAt.UtcDateTime;
        document.Info.Title = $"Record of proceedings: {r.Session.Title}";
        document.Info.Subject = r.Conference.Title;
        document.Info.Creator = "OnlineMinisterial";
        document.Info.CreationDate = closed;
        document.Info.ModificationDate = closed;
        var id = Convert.ToHexString(SHA256.HashData(r.Session.Id.ToByteArray()).AsSpan(0, 8));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var pages = new PdfPages(document, $"{r.Session.Title} · record of proceedings · SHA-256 of the JSON record {jsonSha256[..16]}…");
        pages.Note(r.Conference.Title);
        pages.Title("Record of proceedings");
        pages.Line(r.Session.Title, bold: true);
        pages.Line($"{r.Session.Kind} · chaired by {r.Session.Chair}");
        pages.Line($"Scheduled {T(r.Session.ScheduledStart)} to {T(r.Session.ScheduledEnd)}");
        pages.Line($"Opened {T(r.Session.OpenedAt)} · closed {T(r.Session.ClosedAt)}{(r.Session.ClosedAutomatically ? " automatically, after its end and grace period" : "")}");
        foreach (var i in r.Session.Interruptions)
            pages.Line($"{i.Kind} from {T(i.StartedAt)}{(i.PlannedResumeAt is { } p ? $", planned resume {T(p)}" : "")}, ended {T(i.EndedAt)}");

        pages.Heading($"Attendance ({r.Attendance.Count} delegations)");
        foreach (var a in r.Attendance) pages.Line($"{a.Delegation.Name} ({a.Delegation.Code}): first joined {T(a.FirstJoin)}, last left {T(a.LastLeave)}");
        if (r.Attendance.Count == 0) pages.Note("No delegation was connected.");

        pages.Heading($"Speeches ({r.Speeches.Count})");
        foreach (var s in r.Speeches)
        {
            var who = s.Delegation is { } d ? $"{d.Name} ({d.Code})" : "";
            pages.Line($"{s.Number}. {who}{(s.Speaker is { } sp ? $" · {sp}" : "")}", bold: true);
            pages.Line($"   {Kind(s.Kind)}{(s.OnBehalfOfGroup ? ", on behalf of a group" : "")}{Language(s)} · {T(s.StartedAt)} to {T(s.EndedAt)} · {Duration(s.DurationSeconds)}"
                + (s.ExtensionSeconds > 0 ? $" · extended by {Duration(s.ExtensionSeconds)}" : ""));
        }
        if (r.Speeches.Count == 0) pages.Note("Nobody took the floor.");

        if (r.Questions.Count > 0)
        {
            pages.Heading($"Questions answered ({r.Questions.Count})");
            foreach (var q in r.Questions)
                pages.Line($"{T(q.AnsweredAt)} · {(q.Anonymous ? "anonymous" : $"{q.AskedBy}, {q.Delegation?.Name}")}{(q.AddressedTo is { } to ? $" to {to}" : "")}: {q.Text}");
        }

        pages.Heading($"Votes ({r.Polls.Count})");
        foreach (var p in r.Polls)
        {
            pages.Line(p.Question, bold: true);
            pages.Line($"   {p.Mode} · {p.Rule} · quorum: {p.Quorum} · {p.State}, opened {T(p.OpenedAt)}, closed {T(p.ClosedAt)}");
            if (p.Yes is not null)
                pages.Line($"   Yes {p.Yes}, No {p.No}, Abstain {p.Abstain}; {p.Voted} of {p.Eligible} voted, {p.Present} present · "
                    + $"{(p.Adopted == true ? "adopted" : "not adopted")}: {p.Result}");
            foreach (var v in p.Votes) pages.Line($"      {v.Delegation.Name} ({v.Delegation.Code}): {v.Choice}");
        }
        if (r.Polls.Count == 0) pages.Note("No vote was held.");

        pages.Heading($"Decisions ({r.Decisions.Count})");
        foreach (var d in r.Decisions) pages.Line($"{T(d.At)} · {d.Subject}: {d.Outcome}{(d.Detail.Length > 0 ? $" ({d.Detail})" : "")}");
        if (r.Decisions.Count == 0) pages.Note("No decision was taken.");

        if (r.Statements.Count > 0)
        {
            pages.Heading("Explanations of position and reservations");
            foreach (var s in r.Statements) pages.Line($"{s.Delegation.Name} ({s.Delegation.Code}), {s.Kind}, {T(s.AttachedAt)}: {s.Text}");
        }

        pages.Heading("Authenticity");
        pages.Line($"Audit chain head at close: entry {r.AuditChain.Sequence}, hash {r.AuditChain.Hash}");
        pages.Line($"SHA-256 of the JSON record: {jsonSha256}");
        pages.Note("Check it with the record's JSON (same address, .json) and the secretariat's audit verification.");
        pages.Finish();

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return PdfDeterminism.Apply(stream.ToArray(), r.Session.Id);
    }

    private static string T(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";

    private static string Duration(int seconds) => seconds >= 60 ? $"{seconds / 60} min {seconds % 60:00} s" : $"{seconds} s";

    // Language names in English from ICU-independent data would be a table of 184; the code is what interpreters use.
    private static string Language(RecordSpeech s) => s.Language is not { } spoken ? ""
        : s.InterpretedInto is { } into ? $" · in {spoken}, interpreted into {into}" : $" · in {spoken}";

    private static string Kind(string kind) => kind switch
    {
        "PointOfOrder" => "Point of order",
        "RightOfReply" => "Right of reply",
        _ => kind,
    };
}
