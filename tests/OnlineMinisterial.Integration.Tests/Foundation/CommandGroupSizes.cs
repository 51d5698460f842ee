using System.Diagnostics.Metrics;

namespace OnlineMinisterial.Integration.Tests.Foundation;

/// <summary>
/// Listens to the app's group-commit meter while it lives and keeps the largest group recorded for one kind of
/// aggregate (<c>poll</c>, <c>floor</c>, <c>board</c>): how a test sees that simultaneous commands were committed
/// together rather than one by one.
/// </summary>
internal sealed class CommandGroupSizes : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _largest;

    public CommandGroupSizes(string aggregate)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "onlineministerial.command.group.size") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "aggregate" && Equals(tag.Value, aggregate))
                    InterlockedMax(value);
            }
        });
        _listener.Start();
    }

    public long Largest => Interlocked.Read(ref _largest);

    private void InterlockedMax(long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref _largest)) && Interlocked.CompareExchange(ref _largest, value, seen) != seen) { }
    }

    public void Dispose() => _listener.Dispose();
}
