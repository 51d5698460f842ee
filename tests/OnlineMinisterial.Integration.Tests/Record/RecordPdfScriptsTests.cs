using System.Diagnostics;
using OnlineMinisterial.Web.Features.Record;

namespace OnlineMinisterial.Integration.Tests.Record;

/// <summary>Chinese names in the record's PDF are real text in an embedded font, wrapped between characters, and stable.</summary>
public sealed class RecordPdfScriptsTests
{
    private static RecordDocument Record()
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var china = new RecordDelegation("CHN", "中华人民共和国");
        var question = string.Concat(Enumerable.Repeat("合成毒品预警信息如何在各区域之间共享", 8));
        return new RecordDocument(RecordDocument.CurrentFormat, new RecordConference("7th Online Ministerial", "Europe/Vienna"),
            new RecordSession(Guid.Parse("4c1d7a52-3b1e-4f5e-9a7d-5b0c2e9f1a22"), "Panel: 早期预警", "Panel", "Conference Chair", at, at.AddHours(1), at, at.AddMinutes(50), false, []),
            [new RecordAttendance(china, at, at.AddMinutes(50))],
            [new RecordSpeech(1, china, "王毅", "Panelist", false, at.AddMinutes(1), at.AddMinutes(4), 180, 0)],
            [new RecordQuestion(question, false, china, "李明", null, at.AddMinutes(20), 3)],
            [], [], [], new RecordChain(7, new string('a', 64)));
    }

    [Fact]
    public async Task ChineseNames_AreExtractableText_AndALongChineseLineWrapsInsideTheMargins()
    {
        var record = Record();
        var sha = RecordJson.Sha256(RecordJson.Write(record));
        var pdf = RecordPdf.Render(record, sha);
        Assert.Equal(pdf, RecordPdf.Render(record, sha));

        var file = Path.Combine(Path.GetTempPath(), $"record-cjk-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var text = await PdfTextAsync(file);
            foreach (var expected in new[] { "中华人民共和国 (CHN)", "王毅", "李明", "Panel: 早期预警" })
                Assert.Contains(expected, text, StringComparison.Ordinal);
            // The question is longer than a line: it is cut between characters, so every line stays within the page.
            var questionLines = text.Split('\n').Where(l => l.Contains("合成毒品", StringComparison.Ordinal)).ToList();
            Assert.True(questionLines.Count >= 2, text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The PDF's text as Debian's poppler-utils extracts it (scripts/test.sh installs it).</summary>
    private static async Task<string> PdfTextAsync(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
