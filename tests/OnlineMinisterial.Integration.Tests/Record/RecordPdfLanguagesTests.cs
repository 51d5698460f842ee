using System.Diagnostics;
using System.Text;
using OnlineMinisterial.Web.Features.Record;

namespace OnlineMinisterial.Integration.Tests.Record;

/// <summary>
/// The record's PDF in Arabic, Chinese, French and Russian: its labels, dates, floor languages and delegation names
/// in that language, read back from the file by poppler's pdftotext; Arabic shaped, in reading order once
/// normalised; the same bytes every time for one language.
/// </summary>
public sealed class RecordPdfLanguagesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    internal static RecordDocument Record()
    {
        var kaz = new RecordDelegation("KAZ", "Kazakhstan");
        var egy = new RecordDelegation("EGY", "Egypt");
        var unodc = new RecordDelegation("UNODC", "UNODC");
        return new RecordDocument(RecordDocument.CurrentFormat, new RecordConference("7th Online Ministerial", "Europe/Vienna"),
            new RecordSession(Guid.Parse("0b5c3d1e-7a44-4f0e-8d6b-2e9a7c1f3b55"), "Plenary 2", "Plenary", "Conference Chair",
                At, At.AddHours(2), At, At.AddMinutes(90), false, []),
            [new RecordAttendance(egy, At, At.AddMinutes(90)), new RecordAttendance(kaz, At, At.AddMinutes(90)), new RecordAttendance(unodc, At, At.AddMinutes(80))],
            [
                new RecordSpeech(1, kaz, "Head of Delegation", "PointOfOrder", false, At.AddMinutes(1), At.AddMinutes(4), 185, 0, "kk", "ru"),
                new RecordSpeech(2, egy, "سلام أحمد", "Statement", false, At.AddMinutes(5), At.AddMinutes(10), 300, 30, "ar"),
            ],
            [],
            [new RecordPoll(Guid.Parse("5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"), "Adopt the agenda?", "Agenda", "Recorded", "SimpleMajority",
                "majority of voting delegations present", "Published", At.AddMinutes(20), At.AddMinutes(25), 2, 0, 0, 2, 2, 2, true, true,
                "Adopted: more votes in favour than against.", [new RecordVote(egy, "Yes"), new RecordVote(kaz, "Yes")])],
            [new RecordDecision(At.AddMinutes(30), "Amendment to OP 3 (Replace)", "Accepted", "")],
            [], new RecordChain(42, new string('b', 64)));
    }

    public static TheoryData<string, string[]> Expected => new()
    {
        { "fr", ["Compte rendu de séance", "Séance plénière · présidence\u202f: Conference Chair",
            "Prévue du 1 décembre 2026, 09:00:00 UTC au 1 décembre 2026, 11:00:00 UTC", "Participation (3)", "Égypte (EGY)", "Kazakhstan (KAZ)",
            "Office des Nations Unies contre la drogue et le crime (UNODC)", "Interventions (2)", "1. Kazakhstan (KAZ) · Head of Delegation",
            "Motion d’ordre · en kazakh, interprétation en russe", "2. Égypte (EGY)", "Vote enregistré · Majorité simple", "adopté (quorum atteint)",
            "Égypte (EGY)\u202f: Pour", "Amendement au OP 3 (nouveau libellé)\u202f: Accepté", "Authenticité"] },
        { "ru", ["Отчет о заседании", "Пленарное заседание · председатель: Conference Chair",
            "По плану с 1 декабря 2026 г., 09:00:00 UTC до 1 декабря 2026 г., 11:00:00 UTC", "Присутствие (3)", "Египет (EGY)", "Казахстан (KAZ)",
            "Управление Организации Объединенных Наций по наркотикам и преступности (UNODC)", "Выступления (2)", "1. Казахстан (KAZ) · Head of Delegation",
            "По порядку ведения заседания · язык: казахский, устный перевод на русский", "Заносимое в отчет голосование",
            "Поправка к OP 3 (новый текст): Принята", "Подлинность"] },
        { "zh", ["会议记录", "全体会议", "2026年12月1日 09:00:00 UTC", "出席情况", "埃及", "哈萨克斯坦", "联合国毒品和犯罪问题办公室", "发言",
            "程序问题", "使用哈萨克语，口译为俄语", "记录表决", "简单多数", "真实性"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Pdf_InALanguage_HasItsLabelsDatesAndNames_InOrder(string language, string[] expected)
    {
        var text = await TextAsync(Render(language), language);
        var at = 0;
        foreach (var phrase in expected)
        {
            // pdftotext writes the narrow no-break space of French punctuation as a space.
            var found = text.IndexOf(phrase.Replace('\u202F', ' '), StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{phrase}\" is not in the {language} PDF:\n{text}");
            Assert.True(found >= at, $"\"{phrase}\" is out of order in the {language} PDF:\n{text}");
            at = Math.Max(at, found);
        }
        Assert.DoesNotContain("Record of proceedings", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_InArabic_IsShapedJoinedText_ThatReadsInOrderOnceNormalised()
    {
        var raw = await TextAsync(Render("ar"), "ar");
        // Joined forms are written, not the letters' isolated code points (U+0621–064A) as they are stored.
        Assert.Contains('\uFEE3', raw); // meem initial
        Assert.Contains('\uFEF7', raw); // lam-alef-hamza, of "الأمم" in UNODC's name
        Assert.DoesNotContain("\u0645\u0624\u062A\u0645\u0631", raw, StringComparison.Ordinal);
        var lines = Readable(raw).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        foreach (var phrase in new[] { "محضر الجلسة", "الحضور", "كازاخستان", "مصر", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "نقطة نظام",
            "باللغة الكازاخستانية", "مع الترجمة الشفوية إلى الروسية", "سلام أحمد", "تصويت مسجل", "الأغلبية البسيطة", "ديسمبر", "المقررات", "الأصالة" })
            Assert.True(lines.Any(l => l.Contains(Readable(phrase), StringComparison.Ordinal)), $"\"{phrase}\" is not in the Arabic PDF:\n{string.Join('\n', lines)}");
        // The heading, then the first speech, then the second.
        var heading = lines.FindIndex(l => l.StartsWith("الكلمات", StringComparison.Ordinal));
        var first = lines.FindIndex(l => l.Contains("كازاخستان", StringComparison.Ordinal) && l.Contains("Head of Delegation", StringComparison.Ordinal));
        var second = lines.FindIndex(l => l.Contains("سلام أحمد", StringComparison.Ordinal));
        Assert.True(heading >= 0 && heading < first && first < second, string.Join('\n', lines));
    }

    /// <summary>
    /// Arabic as pdftotext gives it, made comparable: NFKC turns the joined forms back into letters, the direction
    /// marks poppler adds go, and so do the vowel marks (drawn after their letter, which poppler reads back one place off).
    /// </summary>
    private static string Readable(string text) => new(text.Normalize(NormalizationForm.FormKC)
        .Where(c => c is not ('\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            && !OnlineMinisterial.Web.Features.Record.Text.ArabicShaping.IsTransparent(c))
        .ToArray());

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    [InlineData("en")]
    public void Pdf_SameRecordAndLanguage_GivesTheSameBytes_EvenReadBackFromItsJson(string language)
    {
        var record = Record();
        var json = RecordJson.Write(record);
        var pdf = Render(language);
        Assert.Equal(pdf, Render(language));
        Assert.Equal(pdf, RecordPdf.Render(RecordJson.Read(json), RecordJson.Sha256(json), language));
        if (language != "en") Assert.NotEqual(pdf, Render("en"));
    }

    internal static byte[] Render(string language)
    {
        var record = Record();
        return RecordPdf.Render(record, RecordJson.Sha256(RecordJson.Write(record)), language);
    }

    /// <summary>
    /// The PDF's text as Debian's poppler-utils extracts it (scripts/test.sh installs it). The file and its first
    /// page as a PNG stay in the test output's record-pdfs folder, to be looked at.
    /// </summary>
    internal static async Task<string> TextAsync(byte[] pdf, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "record-pdfs")).FullName;
        var file = Path.Combine(folder, $"record-{name}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        Assert.Equal(0, (await RunAsync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, Path.ChangeExtension(file, null)])).ExitCode);
        var (code, text) = await RunAsync("pdftotext", [file, "-"]);
        Assert.Equal(0, code);
        return text;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
