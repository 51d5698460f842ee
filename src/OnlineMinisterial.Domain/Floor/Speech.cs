using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// One turn at the floor. The limit is kept as an absolute end time so every screen can count down on its
/// own clock and the server sends no ticks; a pause freezes the countdown and a resume pushes the end back.
/// </summary>
public sealed class Speech
{
    private Speech() { }

    public Guid Id { get; private set; }
    public Guid RequestId { get; private set; }
    public Guid DelegationId { get; private set; }

    /// <summary>The person who spoke for the delegation, when known.</summary>
    public string? PersonId { get; private set; }

    public RequestKind Kind { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When the allowed time runs out; null when the kind has no limit.</summary>
    public DateTimeOffset? EndsAt { get; private set; }

    public DateTimeOffset? PausedAt { get; private set; }
    public TimeSpan TotalPaused { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Time the chair added to the limit, in total; kept for the record of proceedings.</summary>
    public TimeSpan TotalExtension { get; private set; }

    public bool IsRunning => EndedAt is null;
    public bool IsPaused => PausedAt is not null;

    /// <summary>The time this speech is allowed: its kind's limit when it began plus every extension; null when unlimited.</summary>
    public TimeSpan? AllowedTime => EndsAt - StartedAt - TotalPaused;

    /// <summary>What the frozen countdown shows while paused; null when running or unlimited.</summary>
    public TimeSpan? RemainingAtPause => EndsAt - PausedAt;

    /// <summary>Time actually spoken (pauses excluded); null until the speech ends.</summary>
    public TimeSpan? SpokenDuration => EndedAt - StartedAt - TotalPaused;

    /// <summary>Time left on the countdown; negative once the speaker overruns, null when unlimited.</summary>
    public TimeSpan? Remaining(DateTimeOffset now) => EndsAt - (EndedAt ?? PausedAt ?? now);

    internal static Speech Begin(Guid id, FloorRequest request, string? personId, DateTimeOffset now, TimeSpan? limit) => new()
    {
        Id = id,
        RequestId = request.Id,
        DelegationId = request.DelegationId,
        PersonId = personId,
        Kind = request.Kind,
        StartedAt = now,
        EndsAt = now + limit,
    };

    internal void Pause(DateTimeOffset now)
    {
        Guard.That(!IsPaused, FloorErrors.AlreadyPaused, "The speech is already paused.");
        PausedAt = now;
    }

    internal void Resume(DateTimeOffset now)
    {
        Guard.That(IsPaused, FloorErrors.NotPaused, "The speech is not paused.");
        Unpause(now);
    }

    /// <summary>Extends the allowed time itself, so an overrun speaker gets less than <paramref name="by"/> from now.</summary>
    internal void Extend(TimeSpan by)
    {
        Guard.That(EndsAt is not null, FloorErrors.NoTimeLimit, "This speech has no time limit to extend.");
        EndsAt += by;
        TotalExtension += by;
    }

    internal void End(DateTimeOffset now)
    {
        // Closing the pause first keeps the pause out of the spoken time and the final remaining time as frozen.
        if (IsPaused) Unpause(now);
        EndedAt = now;
    }

    private void Unpause(DateTimeOffset now)
    {
        var paused = now - PausedAt!.Value;
        TotalPaused += paused;
        EndsAt += paused;
        PausedAt = null;
    }
}
