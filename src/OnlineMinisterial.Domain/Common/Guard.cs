namespace OnlineMinisterial.Domain.Common;

internal static class Guard
{
    public static void That(bool condition, string code, string message)
    {
        if (!condition) throw new DomainException(code, message);
    }
}
