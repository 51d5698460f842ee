namespace OnlineMinisterial.Integration.Tests.Foundation;

internal static class DemoLogins
{
    public const string Domain = "onlineministerial.example";
    public static string Head(string code) => $"{code.ToLowerInvariant()}.head@{Domain}";
    public static string Alternate(string code) => $"{code.ToLowerInvariant()}.alternate@{Domain}";
    public static readonly string Secretariat = $"secretariat@{Domain}";
    public static readonly string Chair = $"chair@{Domain}";
    public static readonly string Moderator = $"moderator@{Domain}";
    public static readonly string Observer = $"observer@{Domain}";
    public static string Email(string localPart) => $"{localPart}@{Domain}";
}
