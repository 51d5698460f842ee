using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// PDFsharp names font subsets with a random six-letter tag and writes random XMP document ids. Both are replaced,
/// byte for byte with text of the same length (so the cross-reference offsets stay right), by values derived from
/// the record, which makes the same record give the same PDF.
/// </summary>
internal static partial class PdfDeterminism
{
    public static byte[] Apply(byte[] pdf, Guid seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>();
        text = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[1].Value, out var tag))
                tags[m.Groups[1].Value] = tag = new string((char)('A' + tags.Count), 6);
            return $"/{tag}+";
        });
        var n = 0;
        text = XmpUuid().Replace(text, _ => $"uuid:{Derived(seed, n++):D}");
        var result = Encoding.Latin1.GetBytes(text);
        if (result.Length != pdf.Length) throw new InvalidOperationException("A PDF rewrite must keep every byte offset.");
        return result;
    }

    private static Guid Derived(Guid seed, int n) =>
        new(SHA256.HashData(Encoding.ASCII.GetBytes($"{seed:N}:{n}")).AsSpan(0, 16));

    [GeneratedRegex(@"/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();
}
