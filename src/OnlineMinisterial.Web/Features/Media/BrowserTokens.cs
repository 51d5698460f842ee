using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>
/// Short-lived credentials minted for one person: the Janus token that opens Janus sessions (Janus's signed-token
/// format: <c>expiry,janus,janus.plugin.videoroom:HMAC-SHA1</c>) and, when a TURN server is configured, coturn's
/// <c>use-auth-secret</c> credentials (user <c>expiry:person</c>, password HMAC-SHA1 of it).
/// </summary>
public sealed class BrowserTokens(IOptions<MediaOptions> options, TimeProvider time)
{
    public const string Plugin = "janus.plugin.videoroom";

    public string JanusToken()
    {
        var expiry = time.GetUtcNow().AddMinutes(options.Value.Janus.TokenMinutes).ToUnixTimeSeconds();
        var data = $"{expiry},janus,{Plugin}";
        return $"{data}:{Sign(options.Value.Janus.TokenSecret, data)}";
    }

    public IReadOnlyList<IceServer> IceServers(string personId)
    {
        var turn = options.Value.Turn;
        if (turn.Urls.Length == 0 || string.IsNullOrEmpty(turn.Secret)) return [];
        var user = $"{time.GetUtcNow().AddMinutes(turn.CredentialMinutes).ToUnixTimeSeconds()}:{personId}";
        return [new IceServer(turn.Urls, user, Sign(turn.Secret, user))];
    }

    // Janus's signed tokens and coturn's use-auth-secret both define HMAC-SHA1; a MAC, not a hash of a secret to store.
#pragma warning disable CA5350
    private static string Sign(string secret, string data) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(data)));
#pragma warning restore CA5350
}
