namespace OnlineMinisterial.Web.Features.Record.Text;

/// <summary>
/// Contextual shaping of Arabic letters into the Arabic Presentation Forms-B (U+FE70–FEFC), which the embedded
/// DejaVu Sans draws: each letter takes its isolated, final, initial or medial form from its neighbours, lam followed
/// by an alef becomes one ligature, and the marks (harakat) are transparent to joining. PDFsharp draws code points
/// as they are, so this is what joins the letters (ADR 0049). Text stays in logical order: <see cref="BidiLine"/>
/// orders it for display.
/// </summary>
public static class ArabicShaping
{
    private enum Joining { None, Right, Dual, Causing, Transparent }

    // U+0621 to U+064A: the first Presentation Forms-B code point of each letter (isolated; then final, initial,
    // medial) and how many forms it has (1: hamza, 2: joins only to the letter before it, 4: joins on both sides).
    private static readonly (int First, int Forms)[] Letters =
    [
        (0xFE80, 1), (0xFE81, 2), (0xFE83, 2), (0xFE85, 2), (0xFE87, 2), (0xFE89, 4), (0xFE8D, 2), (0xFE8F, 4), // ء..ب
        (0xFE93, 2), (0xFE95, 4), (0xFE99, 4), (0xFE9D, 4), (0xFEA1, 4), (0xFEA5, 4), (0xFEA9, 2), (0xFEAB, 2), // ة..ذ
        (0xFEAD, 2), (0xFEAF, 2), (0xFEB1, 4), (0xFEB5, 4), (0xFEB9, 4), (0xFEBD, 4), (0xFEC1, 4), (0xFEC5, 4), // ر..ظ
        (0xFEC9, 4), (0xFECD, 4), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0),                               // ع غ, U+063B–0640
        (0xFED1, 4), (0xFED5, 4), (0xFED9, 4), (0xFEDD, 4), (0xFEE1, 4), (0xFEE5, 4), (0xFEE9, 4), (0xFEED, 2), // ف..و
        (0xFEEF, 2), (0xFEF1, 4),                                                                             // ى ي
    ];

    private const char Lam = '\u0644';

    public static bool IsArabic(char c) => c is (>= '\u0600' and <= '\u06FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>The marks that sit on a letter without breaking its joining (harakat, superscript alef, Quranic marks).</summary>
    public static bool IsTransparent(char c) => c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670'
        or (>= '\u06D6' and <= '\u06DC') or (>= '\u06DF' and <= '\u06E4') or '\u06E7' or '\u06E8' or (>= '\u06EA' and <= '\u06ED');

    public static string Shape(string text)
    {
        if (!text.Any(c => c is >= '\u0621' and <= '\u064A')) return text;
        var output = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var joinsBefore = Type(Neighbour(text, i, -1)) is Joining.Dual or Joining.Causing;
            if (c == Lam && Neighbour(text, i, +1, out var next) is var alef && LamAlef(alef) is { } ligature)
            {
                output.Append((char)(ligature + (joinsBefore ? 1 : 0)));
                for (var m = i + 1; m < next; m++) output.Append(text[m]); // marks between lam and alef follow the ligature
                i = next;
                continue;
            }
            var type = Type(c);
            if (type is not (Joining.Right or Joining.Dual) || Letters[c - 0x0621] is not { First: > 0 } letter)
            {
                output.Append(c);
                continue;
            }
            var after = Type(Neighbour(text, i, +1));
            var joinsAfter = type == Joining.Dual && after is Joining.Right or Joining.Dual or Joining.Causing;
            var form = (joinsBefore, joinsAfter) switch { (true, true) => 3, (false, true) => 2, (true, false) => 1, _ => 0 };
            output.Append((char)(letter.First + Math.Min(form, letter.Forms - 1)));
        }
        return output.ToString();
    }

    private static Joining Type(char c) => c switch
    {
        '\u0640' or '\u200D' => Joining.Causing,
        '\u0621' => Joining.None,
        >= '\u0621' and <= '\u064A' when Letters[c - 0x0621].First == 0 => Joining.Dual, // U+063B–063F: rare letters, left as they are
        >= '\u0621' and <= '\u064A' => Letters[c - 0x0621].Forms == 4 ? Joining.Dual : Joining.Right,
        _ when IsTransparent(c) => Joining.Transparent,
        _ => Joining.None,
    };

    /// <summary>The isolated lam-alef ligature for the alef after a lam (its final form is the next code point).</summary>
    private static int? LamAlef(char alef) => alef switch
    {
        '\u0622' => 0xFEF5,
        '\u0623' => 0xFEF7,
        '\u0625' => 0xFEF9,
        '\u0627' => 0xFEFB,
        _ => null,
    };

    private static char Neighbour(string text, int i, int step) => Neighbour(text, i, step, out _);

    /// <summary>The nearest letter before or after <paramref name="i"/>, skipping marks; '\0' at the ends.</summary>
    private static char Neighbour(string text, int i, int step, out int at)
    {
        for (at = i + step; at >= 0 && at < text.Length; at += step)
            if (!IsTransparent(text[at])) return text[at];
        return '\0';
    }
}
