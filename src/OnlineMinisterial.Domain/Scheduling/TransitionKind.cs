namespace OnlineMinisterial.Domain.Scheduling;

/// <summary>What a scheduled transition does when it is due. Stored as a string: never renumber, only add.</summary>
public enum TransitionKind
{
    /// <summary>Opens a scheduled session at its start (Scheduled to Live).</summary>
    OpenSession,

    /// <summary>Tells every registered participant that a session starts soon.</summary>
    Reminder,

    /// <summary>Tells the chair that a session's time is up; closing stays the chair's decision.</summary>
    EndWarning,

    /// <summary>Closes a poll at its deadline (handled by the voting feature).</summary>
    ClosePoll,

    /// <summary>Ends a silence procedure at its deadline (handled by the voting feature).</summary>
    EndSilence,

    /// <summary>Resumes an adjourned session at its planned resume time.</summary>
    ResumeSession,

    /// <summary>Closes a session its grace period after its end, when no speech is running (Scheduling:AutoCloseGraceMinutes).</summary>
    AutoCloseSession,
}
