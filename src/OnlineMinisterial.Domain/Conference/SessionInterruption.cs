namespace OnlineMinisterial.Domain.Conference;

/// <summary>A suspension or an adjournment of a session: when it began, when it was planned to resume, when it ended.</summary>
public sealed class SessionInterruption
{
    private SessionInterruption() { }

    public Guid Id { get; private set; }
    public InterruptionKind Kind { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>An adjournment's planned resume time; null for a suspension.</summary>
    public DateTimeOffset? PlannedResumeAt { get; private set; }

    /// <summary>When the session resumed (or closed); null while it lasts.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    internal static SessionInterruption Begin(Guid id, InterruptionKind kind, DateTimeOffset now, DateTimeOffset? resumeAt) =>
        new() { Id = id, Kind = kind, StartedAt = now, PlannedResumeAt = resumeAt };

    /// <summary>A suspension turned into an adjournment keeps its start: the meeting stopped then.</summary>
    internal void Adjourn(DateTimeOffset resumeAt)
    {
        Kind = InterruptionKind.Adjournment;
        PlannedResumeAt = resumeAt;
    }

    internal void End(DateTimeOffset now) => EndedAt = now;
}
