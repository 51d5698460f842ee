using PdfSharp.Fonts;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The record's PDF uses DejaVu Sans, embedded in the app's assembly (ADR 0025), so a PDF is the same on every
/// machine and needs no installed font. PDFsharp's resolver is process-wide and may be set only once.
/// </summary>
public sealed class RecordFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is RecordFonts) return;
            GlobalFontSettings.FontResolver = new RecordFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        bold ? new FontResolverInfo(Bold, false, italic) : new FontResolverInfo(Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(RecordFonts).Assembly.GetManifestResourceStream($"Record.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
