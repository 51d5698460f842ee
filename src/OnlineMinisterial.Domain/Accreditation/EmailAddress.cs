namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>The one check of an e-mail address: plausible shape only; the invitation proves it is real.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsPlausible(string? value)
    {
        var v = value?.Trim() ?? "";
        var at = v.IndexOf('@');
        return v.Length <= MaxLength && at > 0 && at == v.LastIndexOf('@') && at < v.Length - 3
            && v.IndexOf('.', at) > at + 1 && !v.Any(char.IsWhiteSpace) && !v.EndsWith('.');
    }

    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
