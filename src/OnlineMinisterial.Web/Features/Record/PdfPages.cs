using PdfSharp.Drawing;
using PdfSharp.Pdf;
using OnlineMinisterial.Web.Features.Record.Text;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// Writes lines of text down A4 pages, wrapping long ones and starting a new page when one is full. Each line is drawn
/// in runs, CJK characters in their own font (<see cref="PdfScripts"/>). Arabic is shaped and every line put in
/// display order (<see cref="BidiLine"/>); a right-to-left document is aligned on the right margin.
/// </summary>
internal sealed class PdfPages(PdfDocument document, string footer, bool rightToLeft = false)
{
    private const double Margin = 56;
    private readonly Face _body = new(9.5, XFontStyleEx.Regular);
    private readonly Face _bold = new(9.5, XFontStyleEx.Bold);
    private readonly Face _heading = new(12.5, XFontStyleEx.Bold);
    private readonly Face _title = new(17, XFontStyleEx.Bold);
    private readonly Face _small = new(7.5, XFontStyleEx.Regular);
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    public void Title(string text) => Write(text, _title, XBrushes.Black, 6);

    public void Heading(string text)
    {
        if (_gfx is not null && _y > Bottom - 60) NewPage();
        _y += 8;
        Write(text, _heading, XBrushes.Black, 4);
    }

    public void Line(string text, bool bold = false) => Write(text, bold ? _bold : _body, XBrushes.Black, 2);

    public void Note(string text) => Write(text, _body, XBrushes.DimGray, 2);

    public void Finish()
    {
        if (_gfx is null) NewPage();
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = i == count - 1 && _gfx is not null ? null : XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var g = gfx ?? _gfx!;
            Place(g, $"{footer} · {i + 1} / {count}", _small, XBrushes.DimGray, document.Pages[i].Height.Point - Margin + 18, 12);
        }
        _gfx?.Dispose();
        _gfx = null;
    }

    private double Bottom => (_page?.Height.Point ?? 842) - Margin - 10;

    private double Width => (_page?.Width.Point ?? 595) - 2 * Margin;

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private void Write(string text, Face face, XBrush brush, double after)
    {
        if (_gfx is null) NewPage();
        foreach (var line in Wrap(text, face))
        {
            var height = face.Latin.GetHeight();
            if (_y + height > Bottom) NewPage();
            Place(_gfx!, line, face, brush, _y, height);
            _y += height;
        }
        _y += after;
    }

    /// <summary>Draws a line (in logical order) at the left margin, or at the right one in a right-to-left document.</summary>
    private void Place(XGraphics g, string line, Face face, XBrush brush, double y, double height)
    {
        var visual = BidiLine.Visual(line, rightToLeft);
        var x = rightToLeft ? Margin + Width - Measure(g, visual, face) : Margin;
        Draw(g, visual, face, brush, x, y, height);
    }

    private static void Draw(XGraphics g, string line, Face face, XBrush brush, double x, double y, double height)
    {
        foreach (var (text, script) in PdfScripts.FontRuns(line))
        {
            var font = face.For(script);
            g.DrawString(text, font, brush, new XRect(x, y, 1000, height), XStringFormats.TopLeft);
            x += g.MeasureString(text, font).Width;
        }
    }

    private static double Measure(XGraphics g, string visual, Face face) =>
        PdfScripts.FontRuns(visual).Sum(run => g.MeasureString(run.Text, face.For(run.Script)).Width);

    private IEnumerable<string> Wrap(string text, Face face)
    {
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var (piece, spaced) in PdfScripts.Pieces(paragraph))
            {
                var candidate = current.Length == 0 ? piece : spaced ? $"{current} {piece}" : current + piece;
                if (current.Length > 0 && Measure(_gfx!, BidiLine.Visual(candidate, rightToLeft), face) > Width)
                {
                    yield return current;
                    current = piece;
                }
                else current = candidate;
            }
            yield return current;
        }
    }

    /// <summary>One size and weight in each font; the CJK and Arabic ones are loaded only for a record that needs them.</summary>
    private sealed class Face(double size, XFontStyleEx style)
    {
        private XFont? _cjk;
        private XFont? _arabic;

        public XFont Latin { get; } = new(RecordFonts.Family, size, style);

        public XFont For(PdfScripts.Script script) => script switch
        {
            PdfScripts.Script.Cjk => _cjk ??= new(RecordFonts.CjkFamily, size, style),
            PdfScripts.Script.Arabic => _arabic ??= new(RecordFonts.ArabicFamily, size, style),
            _ => Latin,
        };
    }
}
