namespace OnlineMinisterial.Domain.Common;

/// <summary>
/// A bucket of <see cref="Capacity"/> tokens refilled at <see cref="PerSecond"/>, worked out from the time of each
/// take rather than by a timer: a connection that never sends a command costs nothing, and ten thousand idle ones
/// hold no timers. Not thread-safe: its owner takes it under a lock.
/// </summary>
public sealed class TokenBucket
{
    private double tokens;
    private DateTimeOffset refilledAt;

    public TokenBucket(int capacity, int perSecond, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        Capacity = capacity;
        PerSecond = perSecond;
        tokens = capacity;
        refilledAt = now;
    }

    public int Capacity { get; }

    public int PerSecond { get; }

    /// <summary>Takes one token if there is one; otherwise says how long until there is (never less than a second).</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan retryAfter)
    {
        // A clock that went back refills nothing and is taken as the new reference.
        var elapsed = Math.Max(0, (now - refilledAt).TotalSeconds);
        tokens = Math.Min(Capacity, tokens + elapsed * PerSecond);
        refilledAt = now;
        if (tokens >= 1)
        {
            tokens -= 1;
            retryAfter = TimeSpan.Zero;
            return true;
        }
        retryAfter = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((1 - tokens) / PerSecond)));
        return false;
    }
}
