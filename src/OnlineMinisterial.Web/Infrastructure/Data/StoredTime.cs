namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>
/// Times as the database gives them back. SQLite keeps 0.1 ms and PostgreSQL 1 µs, so a time taken from the clock and
/// the same time read back differ; a retry's receipt, read back, must equal the first one. Commands that echo a stored
/// time take it in milliseconds, which every provider keeps exactly.
/// </summary>
public static class StoredTime
{
    public static DateTimeOffset StoredNow(this TimeProvider time) => Stored(time.GetUtcNow());

    /// <summary>A time given by a client (a deadline), in UTC and whole milliseconds.</summary>
    public static DateTimeOffset Stored(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
