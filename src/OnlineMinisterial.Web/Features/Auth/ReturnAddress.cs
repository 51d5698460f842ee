namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Where a browser may be sent after signing in: a path of this site, nothing else. Browsers ignore tabs and line
/// breaks inside addresses and read a backslash as a slash, so "/\t/evil.example" or "/\evil.example" would lead off
/// the site; any such character, a second leading slash or a scheme is refused and the lobby is used instead.
/// </summary>
public static class ReturnAddress
{
    public const string Lobby = "/";

    public static string SafeOrLobby(string? address) => IsSafe(address) ? address! : Lobby;

    public static bool IsSafe(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > 2000 || address[0] != '/') return false;
        if (address.Length > 1 && (address[1] == '/' || address[1] == '\\')) return false;
        foreach (var c in address)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\') return false;
        }
        return Uri.TryCreate(address, UriKind.Relative, out _);
    }
}
