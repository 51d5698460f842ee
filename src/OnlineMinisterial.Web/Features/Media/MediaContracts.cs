namespace OnlineMinisterial.Web.Features.Media;

/// <summary>
/// What a page needs to see and hear a session, for the person asking: where Janus is, their short-lived token, the
/// room and its PIN, the feeds to show, and, only when they may publish now, their publisher token and feed.
/// With <c>Provider = "None"</c> nothing else is set.
/// </summary>
public sealed record MediaJoin(string Provider, Uri? Url = null, string? Token = null, long? Room = null, string? Pin = null,
    IReadOnlyList<IceServer>? IceServers = null, MediaFeeds? Feeds = null, MediaPublish? Publish = null)
{
    public static readonly MediaJoin None = new(nameof(MediaProvider.None));
}

/// <summary>The feed numbers of the chair, of whoever holds the floor now (none between speeches), and of a panel's stage.</summary>
public sealed record MediaFeeds(long Chair, long? Speaker, IReadOnlyList<long> Stage);

/// <summary>The caller may publish now: join as a publisher under this feed with this token.</summary>
public sealed record MediaPublish(long Feed, string Token, string Role, bool Muted);

public sealed record IceServer(IReadOnlyList<string> Urls, string Username, string Credential);
