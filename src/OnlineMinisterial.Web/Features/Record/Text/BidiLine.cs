using System.Globalization;

namespace OnlineMinisterial.Web.Features.Record.Text;

/// <summary>
/// Orders one line of text for display, left to right, after the Unicode bidirectional algorithm (UAX #9) for
/// plain text without explicit embeddings: Arabic runs read right to left, numbers and Latin runs inside them left
/// to right, neutrals (spaces, punctuation) take the direction around them, and mirrored brackets turn round in
/// right-to-left runs. The line is shaped first (<see cref="ArabicShaping"/>); marks stay after their letter, where
/// a font without shaping tables draws them.
/// </summary>
public static class BidiLine
{
    private enum Kind { L, R, EN, AN, ES, ET, CS, NSM, WS, ON }

    /// <summary>Whether text written in a left-to-right line needs reordering: it has right-to-left letters.</summary>
    public static bool HasRightToLeft(string text) => text.Any(c => Classify(c) is Kind.R);

    /// <summary>The line in visual order, from the left; <paramref name="rightToLeft"/> is the paragraph's direction.</summary>
    public static string Visual(string line, bool rightToLeft)
    {
        var text = ArabicShaping.Shape(line);
        // A line without any right-to-left letter (a title or a question in English) reads left to right, even in
        // a right-to-left document, as a browser's dir="auto" reads it.
        if (!HasRightToLeft(text)) return text;
        var levels = Levels(text, rightToLeft ? 1 : 0);
        return Reorder(text, levels, rightToLeft ? 1 : 0);
    }

    private static Kind Classify(char c)
    {
        if (ArabicShaping.IsTransparent(c)) return Kind.NSM;
        if (c == '\u200E') return Kind.L;
        if (c is '\u200F' or '\u061C') return Kind.R;
        if (c is >= '0' and <= '9' or >= '\u06F0' and <= '\u06F9') return Kind.EN;
        if (c is >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C') return Kind.AN;
        if (ArabicShaping.IsArabic(c) || c is >= '\u0590' and <= '\u05FF') return Kind.R;
        return c switch
        {
            '+' or '-' => Kind.ES,
            '#' or '$' or '%' or '°' or '€' or '£' or '\u066A' => Kind.ET,
            ',' or '.' or ':' or '/' or '\u00A0' or '\u060C' => Kind.CS,
            ' ' or '\t' => Kind.WS,
            _ => char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => Kind.NSM,
                UnicodeCategory.SpaceSeparator => Kind.WS,
                var cat when char.IsLetter(c) || cat is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber => Kind.L,
                _ => Kind.ON,
            },
        };
    }

    /// <summary>Each character's embedding level (0 left to right, 1 right to left, 2 a number or Latin inside it).</summary>
    private static int[] Levels(string text, int paragraph)
    {
        var kinds = text.Select(Classify).ToArray();
        // W1: a mark takes the kind of what it sits on. W2, W3: a European number after Arabic letters is an Arabic number.
        var lastStrong = paragraph == 1 ? Kind.R : Kind.L;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.NSM) kinds[i] = i > 0 ? kinds[i - 1] : (paragraph == 1 ? Kind.R : Kind.L);
            if (kinds[i] is Kind.L or Kind.R) lastStrong = kinds[i];
            else if (kinds[i] == Kind.EN && lastStrong == Kind.R && ArabicBefore(text, i)) kinds[i] = Kind.AN;
        }
        // W4: one separator between two numbers of one kind joins them; W5: terminators next to a number join it; W6: the rest are neutral.
        for (var i = 1; i < kinds.Length - 1; i++)
            if ((kinds[i] == Kind.CS || (kinds[i] == Kind.ES && kinds[i - 1] == Kind.EN)) && kinds[i - 1] is Kind.EN or Kind.AN && kinds[i + 1] == kinds[i - 1])
                kinds[i] = kinds[i - 1];
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != Kind.ET) continue;
            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.ET) end++;
            var joined = (i > 0 && kinds[i - 1] == Kind.EN) || (end < kinds.Length && kinds[end] == Kind.EN);
            for (var j = i; j < end; j++) kinds[j] = joined ? Kind.EN : Kind.ON;
            i = end - 1;
        }
        for (var i = 0; i < kinds.Length; i++)
            if (kinds[i] is Kind.ES or Kind.CS) kinds[i] = Kind.ON;
        // W7: a European number after Latin letters (or at the start of a left-to-right line) reads as Latin.
        lastStrong = paragraph == 1 ? Kind.R : Kind.L;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.L or Kind.R) lastStrong = kinds[i];
            else if (kinds[i] == Kind.EN && lastStrong == Kind.L) kinds[i] = Kind.L;
        }
        // N0: a pair of brackets takes the direction of what it holds, or of what stands before it.
        var strong = kinds.Select(k => k switch { Kind.L => 0, Kind.R or Kind.EN or Kind.AN => 1, _ => -1 }).ToArray();
        foreach (var (open, close) in BracketPairs(text, kinds))
        {
            var inside = strong[(open + 1)..close];
            var direction = inside.Contains(paragraph) ? paragraph
                : inside.Contains(1 - paragraph) ? (Before(strong, open, paragraph) == 1 - paragraph ? 1 - paragraph : paragraph)
                : -1;
            if (direction < 0) continue;
            strong[open] = strong[close] = direction;
            kinds[open] = kinds[close] = direction == 1 ? Kind.R : Kind.L;
        }
        // N1, N2: neutrals between two of one direction take it (numbers count as right to left), else the paragraph's.
        for (var i = 0; i < strong.Length; i++)
        {
            if (strong[i] >= 0) continue;
            var end = i;
            while (end < strong.Length && strong[end] < 0) end++;
            var before = i > 0 ? strong[i - 1] : paragraph;
            var after = end < strong.Length ? strong[end] : paragraph;
            for (var j = i; j < end; j++) kinds[j] = (before == after ? before : paragraph) == 1 ? Kind.R : Kind.L;
            i = end - 1;
        }
        // I1, I2: the resolved kinds become levels.
        var levels = new int[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
            levels[i] = (paragraph, kinds[i]) switch
            {
                (0, Kind.R) => 1,
                (0, Kind.EN or Kind.AN) => 2,
                (0, _) => 0,
                (_, Kind.L or Kind.EN or Kind.AN) => 2,
                _ => 1,
            };
        // L1: spaces at the end of the line go back to the paragraph's level.
        for (var i = text.Length - 1; i >= 0 && Classify(text[i]) == Kind.WS; i--) levels[i] = paragraph;
        return levels;
    }

    private static int Before(int[] strong, int i, int paragraph)
    {
        for (var j = i - 1; j >= 0; j--)
            if (strong[j] >= 0) return strong[j];
        return paragraph;
    }

    /// <summary>BD16: the pairs of neutral brackets, each opening matched with the next closing of its kind.</summary>
    private static List<(int Open, int Close)> BracketPairs(string text, Kind[] kinds)
    {
        var pairs = new List<(int, int)>();
        var open = new List<(char Closing, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (kinds[i] != Kind.ON) continue;
            var closing = text[i] switch { '(' => ')', '[' => ']', '{' => '}', _ => '\0' };
            if (closing != '\0') open.Add((closing, i));
            else if (open.FindLastIndex(o => o.Closing == text[i]) is var match and >= 0)
            {
                pairs.Add((open[match].At, i));
                open.RemoveRange(match, open.Count - match);
            }
        }
        return [.. pairs.OrderBy(p => p.Item1)];
    }

    private static bool ArabicBefore(string text, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (Classify(text[j]) is Kind.L or Kind.R) return ArabicShaping.IsArabic(text[j]);
        return false;
    }

    /// <summary>L2: from the highest level down to the lowest odd one, every run at that level or above turns round.</summary>
    private static string Reorder(string text, int[] levels, int paragraph)
    {
        // Clusters (a letter and the marks on it) move as one, so a mark keeps following its letter (L3).
        var clusters = new List<(string Text, int Level)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\u200E' or '\u200F' or '\u061C') continue; // they only steer the order: nothing to draw
            if (clusters.Count > 0 && ArabicShaping.IsTransparent(text[i]))
                clusters[^1] = (clusters[^1].Text + text[i], clusters[^1].Level);
            else clusters.Add((levels[i] % 2 == 1 ? Mirror(text[i]).ToString() : text[i].ToString(), levels[i]));
        }
        var highest = clusters.Count == 0 ? 0 : clusters.Max(c => c.Level);
        var lowestOdd = Math.Max(1, paragraph);
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < clusters.Count; i++)
            {
                if (clusters[i].Level < level) continue;
                var end = i;
                while (end < clusters.Count && clusters[end].Level >= level) end++;
                clusters.Reverse(i, end - i);
                i = end;
            }
        }
        return string.Concat(clusters.Select(c => c.Text));
    }

    private static char Mirror(char c) => c switch
    {
        '(' => ')', ')' => '(', '[' => ']', ']' => '[', '{' => '}', '}' => '{', '<' => '>', '>' => '<', '«' => '»', '»' => '«',
        '‹' => '›', '›' => '‹',
        _ => c,
    };
}
