namespace OnlineMinisterial.Web.Features.Media;

/// <summary>
/// Told after a commit that a session's state, floor or stage changed, so that its media room follows. It never
/// blocks the command that calls it: the floor works with the media server down.
/// </summary>
public interface IMediaFollower
{
    void SessionChanged(Guid sessionId);
}

/// <summary>Media:Provider=None: sessions carry no audio or video of their own.</summary>
internal sealed class NoMedia : IMediaFollower
{
    public void SessionChanged(Guid sessionId)
    {
    }
}
