using System.Security.Cryptography;
using PdfSharp.Pdf;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The record as a PDF a ministry can file, in one of the six languages: real text (extractable), embedded fonts,
/// Arabic shaped and laid out right to left, and no clock or random number: the document's dates are the close and
/// its identifier is derived from the session and the language, so the same record in the same language gives the
/// same bytes.
/// </summary>
public static class RecordPdf
{
    public static byte[] Render(RecordDocument r, string jsonSha256, string language = "en")
    {
        RecordFonts.Install();
        var x = RecordTexts.For(language);
        using var document = new PdfDocument();
        var closed = r.Session.ClosedAt.UtcDateTime;
        document.Info.Title = $"{x["title"]}: {r.Session.Title}";
        document.Info.Subject = r.Conference.Title;
        document.Info.Creator = "OnlineMinisterial";
        document.Info.CreationDate = closed;
        document.Info.ModificationDate = closed;
        // The English one keeps the identifier it always had; each other language has its own.
        var seed = x.Language == "en" ? r.Session.Id.ToByteArray() : [.. r.Session.Id.ToByteArray(), .. System.Text.Encoding.ASCII.GetBytes(x.Language)];
        var id = Convert.ToHexString(SHA256.HashData(seed).AsSpan(0, 8));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var pages = new PdfPages(document, $"{r.Session.Title} · {x["title"]} · {x.Fill("footer.sha", ("sha", jsonSha256[..16]))}", x.RightToLeft);
        pages.Note(r.Conference.Title);
        pages.Title(x["title"]);
        pages.Line(r.Session.Title, bold: true);
        pages.Line(x.Fill("chairedBy", ("kind", x.Code("session.kind", r.Session.Kind)), ("chair", r.Session.Chair)));
        pages.Line(x.Fill("scheduled", ("start", x.Time(r.Session.ScheduledStart)), ("end", x.Time(r.Session.ScheduledEnd))));
        pages.Line(x.Fill("held", ("opened", x.Time(r.Session.OpenedAt)), ("closed", x.Time(r.Session.ClosedAt)))
            + (r.Session.ClosedAutomatically ? $" ({x["closedAutomatically"]})" : ""));
        foreach (var i in r.Session.Interruptions)
            pages.Line(x.Fill(i.PlannedResumeAt is null ? "interruption" : "interruption.planned", ("kind", x.Code("interruption", i.Kind)),
                ("start", x.Time(i.StartedAt)), ("resume", x.Time(i.PlannedResumeAt)), ("end", x.Time(i.EndedAt))));

        pages.Heading(Counted(x, "attendance", r.Attendance.Count));
        foreach (var a in r.Attendance)
            pages.Line(x.Fill("attendance.line", ("delegation", Name(a.Delegation, x)), ("first", x.Time(a.FirstJoin)), ("last", x.Time(a.LastLeave))));
        if (r.Attendance.Count == 0) pages.Note(x["attendance.none"]);

        pages.Heading(Counted(x, "speeches", r.Speeches.Count));
        foreach (var s in r.Speeches)
        {
            var who = s.Delegation is { } d ? Name(d, x) : "";
            pages.Line($"{s.Number.ToString(x.Culture)}. {who}{(s.Speaker is { } sp ? $" · {sp}" : "")}", bold: true);
            var parts = new List<string> { x.Code("kind", s.Kind) };
            if (s.OnBehalfOfGroup) parts.Add(x["groupSpeech"]);
            if (s.Language is { } spoken)
                parts.Add(s.InterpretedInto is { } into
                    ? x.Fill("interpretedInto", ("language", RecordNames.Language(spoken, x.Language)), ("into", RecordNames.Language(into, x.Language)))
                    : x.Fill("spokenIn", ("language", RecordNames.Language(spoken, x.Language))));
            parts.Add(x.Fill("span", ("start", x.Time(s.StartedAt)), ("end", x.Time(s.EndedAt))));
            parts.Add(RecordTexts.Duration(s.DurationSeconds));
            if (s.ExtensionSeconds > 0) parts.Add(x.Fill("extended", ("time", RecordTexts.Duration(s.ExtensionSeconds))));
            pages.Line("   " + string.Join(" · ", parts));
        }
        if (r.Speeches.Count == 0) pages.Note(x["speeches.none"]);

        if (r.Questions.Count > 0)
        {
            pages.Heading(Counted(x, "questions", r.Questions.Count));
            foreach (var q in r.Questions)
                pages.Line($"{x.Time(q.AnsweredAt)} · {(q.Anonymous ? x["anonymous"] : q.AskedBy + x["sep.comma"] + (q.Delegation is { } d ? Name(d, x) : ""))}"
                    + $"{(q.AddressedTo is { } to ? " " + x.Fill("addressedTo", ("name", to)) : "")}{x["sep.colon"]}{q.Text}");
        }

        RecordPdfVotes.Write(pages, r, x);

        pages.Heading(x["authenticity"]);
        pages.Line(x.Fill("chainHead", ("sequence", r.AuditChain.Sequence), ("hash", r.AuditChain.Hash)));
        pages.Line(x.Fill("jsonSha", ("sha", jsonSha256)));
        pages.Note(x["check"]);
        pages.Finish();

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return PdfDeterminism.Apply(stream.ToArray(), r.Session.Id);
    }

    internal static string Name(RecordDelegation d, RecordTexts x) => $"{RecordNames.Delegation(d, x.Language)} ({d.Code})";

    internal static string Counted(RecordTexts x, string key, int count) => $"{x[key]} ({count.ToString(x.Culture)})";
}
