namespace OnlineMinisterial.TestSupport;

/// <summary>
/// The real clock moved forward on demand, for deadlines in integration tests. Only the wall-clock time moves:
/// timestamps and timers stay real, so SignalR's keep-alive and time-outs are not disturbed by a jump.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
