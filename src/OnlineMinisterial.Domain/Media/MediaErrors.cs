namespace OnlineMinisterial.Domain.Media;

/// <summary>Codes the host gives about a session's audio and video.</summary>
public static class MediaErrors
{
    /// <summary>The session has no room now: it is not open yet, or it is closed.</summary>
    public const string RoomClosed = "media.room_closed";
}
