using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Media;

public enum MediaProvider { None, Janus }

/// <summary>
/// Audio and video, from the "Media" section. With <see cref="MediaProvider.None"/> (the default) sessions carry only
/// their optional external video link; with <see cref="MediaProvider.Janus"/> the host runs a room per live session
/// on a Janus server. The secrets never leave the host: browsers get per-person, per-room tokens.
/// </summary>
public sealed class MediaOptions : IValidatableObject
{
    public const string Section = "Media";

    public MediaProvider Provider { get; set; } = MediaProvider.None;

    public JanusOptions Janus { get; set; } = new();

    public TurnOptions Turn { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != MediaProvider.Janus) yield break;
        if (Janus.Url is null) yield return new ValidationResult("Media:Janus:Url is required with Media:Provider=Janus.");
        foreach (var (name, value) in new[] { ("ApiSecret", Janus.ApiSecret), ("TokenSecret", Janus.TokenSecret),
                     ("AdminKey", Janus.AdminKey), ("RoomSecret", Janus.RoomSecret) })
            if (string.IsNullOrWhiteSpace(value) || value.Length < 16)
                yield return new ValidationResult($"Media:Janus:{name} is required with Media:Provider=Janus (16 characters or more).");
    }
}

public sealed class JanusOptions
{
    /// <summary>The Janus HTTP API as the host reaches it (loopback or a private network), e.g. http://127.0.0.1:8088/janus.</summary>
    public Uri? Url { get; set; }

    /// <summary>The same API as browsers reach it (through a TLS proxy in production); the host's address when empty.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Janus's <c>api_secret</c>: the host's own requests carry it.</summary>
    public string ApiSecret { get; set; } = "";

    /// <summary>Janus's <c>token_auth_secret</c>: the host signs browsers' short-lived tokens with it.</summary>
    public string TokenSecret { get; set; } = "";

    /// <summary>The VideoRoom plugin's <c>admin_key</c>: only the host creates rooms.</summary>
    public string AdminKey { get; set; } = "";

    /// <summary>The key every room's secret, PIN, number and publisher tokens are derived from.</summary>
    public string RoomSecret { get; set; } = "";

    /// <summary>How long a browser's token opens Janus sessions; a page asks again when it reconnects.</summary>
    [Range(1, 1440)]
    public int TokenMinutes { get; set; } = 240;

    /// <summary>How long a request to Janus may take before the host gives up on it (the floor never waits on it).</summary>
    [Range(100, 60_000)]
    public int TimeoutMilliseconds { get; set; } = 3000;

    /// <summary>How often every open session's room is checked against Janus (a Janus restart loses its rooms).</summary>
    [Range(1, 3600)]
    public int ReconcileSeconds { get; set; } = 15;

    [Range(1, 100)]
    public int MaxPublishers { get; set; } = 16;

    [Range(32_000, 10_000_000)]
    public int BitrateBitsPerSecond { get; set; } = 1_024_000;

    public Uri BrowserUrl => PublicUrl ?? Url!;
}

/// <summary>A TURN server (coturn with <c>use-auth-secret</c>) for networks where a direct path to Janus fails.</summary>
public sealed class TurnOptions
{
    /// <summary>e.g. turn:turn.example:3478?transport=udp, turns:turn.example:5349?transport=tcp; none: no TURN offered.</summary>
    public string[] Urls { get; set; } = [];

    /// <summary>coturn's <c>static-auth-secret</c>: the host mints per-person credentials with it.</summary>
    public string Secret { get; set; } = "";

    [Range(1, 1440)]
    public int CredentialMinutes { get; set; } = 240;
}
