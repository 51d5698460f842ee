namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// Negotiators refer to paragraphs as PP3 (third preambular) or OP5 (fifth operative): the two kinds are numbered
/// separately, so inserting a preambular paragraph does not renumber the operative ones.
/// </summary>
public static class ParagraphLabel
{
    public static string Of(ParagraphKind kind, int number) => kind == ParagraphKind.Preamble ? $"PP{number}" : $"OP{number}";
}
