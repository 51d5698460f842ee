namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>The declaration's text limits, from the domain's rule (<see cref="Domain.Common.TextLimits"/>).</summary>
internal static class TextLimits
{
    public const int Title = Domain.Common.TextLimits.DeclarationTitle;
    public const int Question = Domain.Common.TextLimits.PollQuestion;
    public const int Reason = Domain.Common.TextLimits.Reason;
    public const int Paragraph = Domain.Common.TextLimits.Paragraph;

    public static void Check(string? text, int max, string what) => Domain.Common.TextLimits.Check(text, max, what);
}
