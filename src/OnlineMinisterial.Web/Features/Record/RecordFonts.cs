using PdfSharp.Fonts;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The record's PDF uses DejaVu Sans, with Droid Sans Fallback for Chinese, Japanese and Korean characters, both
/// embedded in the app's assembly (ADR 0025, 0031), so a PDF is the same on every machine and needs no installed font.
/// PDFsharp's resolver is process-wide and may be set only once.
/// </summary>
public sealed class RecordFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string CjkFamily = "Droid Sans Fallback";

    /// <summary>
    /// Arabic is drawn from the regular DejaVu Sans, bold simulated: PDFsharp's subset of DejaVu Sans Bold loses the
    /// body of some Arabic glyphs built from nested components (qaf's initial and medial forms showed only their dots).
    /// </summary>
    public const string ArabicFamily = "DejaVu Sans Arabic";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Cjk = "DroidSansFallback";
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is RecordFonts) return;
            GlobalFontSettings.FontResolver = new RecordFonts();
        }
    }

    // The CJK font has one weight: bold is simulated.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName == CjkFamily ? new FontResolverInfo(Cjk, bold, italic)
        : familyName == ArabicFamily ? new FontResolverInfo(Regular, bold, italic)
        : bold ? new FontResolverInfo(Bold, false, italic) : new FontResolverInfo(Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(RecordFonts).Assembly.GetManifestResourceStream($"Record.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
