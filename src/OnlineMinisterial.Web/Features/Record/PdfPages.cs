using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>Writes lines of text down A4 pages, wrapping long ones and starting a new page when one is full.</summary>
internal sealed class PdfPages(PdfDocument document, string footer)
{
    private const double Margin = 56;
    private readonly XFont _body = new(RecordFonts.Family, 9.5);
    private readonly XFont _bold = new(RecordFonts.Family, 9.5, XFontStyleEx.Bold);
    private readonly XFont _heading = new(RecordFonts.Family, 12.5, XFontStyleEx.Bold);
    private readonly XFont _title = new(RecordFonts.Family, 17, XFontStyleEx.Bold);
    private readonly XFont _small = new(RecordFonts.Family, 7.5);
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
            g.DrawString($"{footer} · {i + 1} / {count}", _small, XBrushes.DimGray,
                new XRect(Margin, document.Pages[i].Height.Point - Margin + 18, document.Pages[i].Width.Point - 2 * Margin, 12), XStringFormats.TopLeft);
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

    private void Write(string text, XFont font, XBrush brush, double after)
    {
        if (_gfx is null) NewPage();
        foreach (var line in Wrap(text, font))
        {
            var height = font.GetHeight();
            if (_y + height > Bottom) NewPage();
            _gfx!.DrawString(line, font, brush, new XRect(Margin, _y, Width, height), XStringFormats.TopLeft);
            _y += height;
        }
        _y += after;
    }

    private IEnumerable<string> Wrap(string text, XFont font)
    {
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (current.Length > 0 && _gfx!.MeasureString(candidate, font).Width > Width)
                {
                    yield return current;
                    current = word;
                }
                else current = candidate;
            }
            yield return current;
        }
    }
}
