namespace OnlineMinisterial.Web.Features.Scheduling;

public enum TransitionOutcome
{
    /// <summary>This run claimed the transition and carried it out.</summary>
    Executed,

    /// <summary>Done (or cancelled) already, by this node or another: nothing changed.</summary>
    AlreadyDone,

    /// <summary>The transition has moved since this run was scheduled (a job left over from a reschedule): nothing changed.</summary>
    Stale,

    /// <summary>Not due yet by this node's clock: nothing changed; try again at the due time.</summary>
    NotDue,
}
