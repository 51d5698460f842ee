namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// The single row whose version orders every presence event. Updating it first in a presence change also
/// serialises concurrent changes (a row lock on servers, the write lock on SQLite).
/// </summary>
public sealed class PresenceCounter
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
