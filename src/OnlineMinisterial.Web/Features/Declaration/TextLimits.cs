using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>Lengths the database columns hold; longer input is refused with a code instead of failing at commit.</summary>
internal static class TextLimits
{
    public const int Title = 500;
    public const int Question = 1000;
    public const int Reason = 4000;
    public const int Paragraph = 10_000;

    public static void Check(string? text, int max, string what)
    {
        if (text is { Length: var length } && length > max)
            throw new DomainException(ErrorCodes.InvalidArgument, $"The {what} is too long ({length} characters; at most {max}).");
    }
}
