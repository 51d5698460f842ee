namespace OnlineMinisterial.Domain.Scheduling;

/// <summary>
/// A transition a subject's schedule calls for. <see cref="BasisAt"/> is the subject's time it derives from (a
/// session's start for its opening and reminder, its end for the end warning): a transition already done for the
/// same basis is not planned again, a pending one with another basis is moved.
/// </summary>
public sealed record PlannedTransition(TransitionKind Kind, Guid SubjectId, DateTimeOffset DueAt, DateTimeOffset BasisAt, string Label);
