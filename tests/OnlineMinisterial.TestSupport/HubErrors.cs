using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// Reads the stable code out of a hub error. The server sends "[code] message"; the .NET client prefixes it with
/// its own text ("An unexpected error occurred invoking 'X' on the server. HubException: "), so search for it.
/// </summary>
public static partial class HubErrors
{
    public static string? CodeOf(HubException error) => CodePattern().Match(error.Message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\[([a-z_]+(?:\.[a-z_]+)+)\]")]
    private static partial Regex CodePattern();
}
