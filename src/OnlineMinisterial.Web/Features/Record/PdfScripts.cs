namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// DejaVu Sans has no Chinese, Japanese or Korean characters and PDFsharp has no font fallback, so the record's PDF
/// cuts its text into runs, each drawn in the font that has it (ADR 0031), and may break a line between two such
/// characters, which are written without spaces.
/// </summary>
internal static class PdfScripts
{
    public static bool IsCjk(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF');

    public enum Script { Latin, Cjk, Arabic }

    private static Script Of(char c) => IsCjk(c) ? Script.Cjk : Text.ArabicShaping.IsArabic(c) ? Script.Arabic : Script.Latin;

    /// <summary>A line (in display order) as runs of one font each.</summary>
    public static IEnumerable<(string Text, Script Script)> FontRuns(string line)
    {
        var start = 0;
        for (var i = 1; i <= line.Length; i++)
        {
            // Marks and spaces stay with the run they are in, so a run is not cut inside a word.
            if (i < line.Length && (Of(line[i]) == Of(line[start]) || (Of(line[start]) == Script.Arabic && line[i] == ' '))) continue;
            yield return (line[start..i], Of(line[start]));
            start = i;
        }
    }

    /// <summary>The line as runs of one font each: (text, whether it is drawn in the CJK font).</summary>
    public static IEnumerable<(string Text, bool Cjk)> Runs(string line)
    {
        var start = 0;
        for (var i = 1; i <= line.Length; i++)
        {
            if (i < line.Length && IsCjk(line[i]) == IsCjk(line[start])) continue;
            yield return (line[start..i], IsCjk(line[start]));
            start = i;
        }
    }

    /// <summary>Where a paragraph may break: its words, and within a word each CJK character; spaced says a space goes before it.</summary>
    public static IEnumerable<(string Piece, bool Spaced)> Pieces(string paragraph)
    {
        foreach (var word in paragraph.Split(' '))
        {
            if (!word.Any(IsCjk))
            {
                yield return (word, true);
                continue;
            }
            var first = true;
            foreach (var (text, cjk) in Runs(word))
            {
                if (cjk)
                {
                    foreach (var c in text)
                    {
                        yield return (c.ToString(), first);
                        first = false;
                    }
                }
                else
                {
                    yield return (text, first);
                    first = false;
                }
            }
        }
    }
}
