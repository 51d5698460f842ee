using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Panels;

/// <summary>Who is on a panel's stage. The moderator puts panelists on and takes them off; everyone sees them.</summary>
public sealed class PanelStage
{
    /// <summary>A stage, not a second plenary: a dozen panelists is already more than a discussion can hold.</summary>
    public const int MaxPanelists = 12;

    private readonly List<Panelist> _panelists = [];

    private PanelStage() { }

    public Guid SessionId { get; private set; }

    /// <summary>Optimistic concurrency token: bumped once by every change, never by a refusal or a repeat.</summary>
    public int Version { get; private set; }

    /// <summary>In the order they came on stage, which is the order the audience sees them seated.</summary>
    public IReadOnlyList<Panelist> Panelists =>
        _panelists.OrderBy(p => p.OnStageSince).ThenBy(p => p.PersonId, StringComparer.Ordinal).ToList();

    public static PanelStage Create(Guid sessionId) => new() { SessionId = sessionId };

    public bool IsOnStage(string personId) => _panelists.Exists(p => p.PersonId == personId);

    public Panelist Find(string personId) =>
        _panelists.Find(p => p.PersonId == personId)
        ?? throw new DomainException(PanelErrors.PanelistNotFound, "That person is not on the stage.");

    /// <summary>Putting someone on stage who is already there returns them unchanged, so a repeated click changes nothing.</summary>
    public Panelist PutOnStage(Panelist panelist, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(panelist);
        if (_panelists.Find(p => p.PersonId == panelist.PersonId) is { } present) return present;
        Guard.That(_panelists.Count < MaxPanelists, PanelErrors.StageFull, $"The stage already has {MaxPanelists} panelists.");
        _panelists.Add(panelist.OnStageAt(now));
        Version++;
        return panelist;
    }

    public void TakeOffStage(string personId)
    {
        _panelists.Remove(Find(personId));
        Version++;
    }
}
