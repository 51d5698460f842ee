namespace OnlineMinisterial.Domain.Panels;

public enum PanelistKind
{
    /// <summary>A member of a delegation taking part in the conference.</summary>
    Delegate,

    /// <summary>An invited guest, a panelist of this one session only.</summary>
    Guest,
}
