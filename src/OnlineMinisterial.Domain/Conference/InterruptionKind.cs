namespace OnlineMinisterial.Domain.Conference;

/// <summary>Stored as a string: never renumber, only add.</summary>
public enum InterruptionKind
{
    /// <summary>Paused by the chair, to resume by hand.</summary>
    Suspension,

    /// <summary>Paused until a planned time, when the schedule resumes it.</summary>
    Adjournment,
}
