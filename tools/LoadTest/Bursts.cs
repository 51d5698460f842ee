namespace LoadTest;

/// <summary>
/// A burst of simultaneous commands, measured several times on the same connections (opened and joined beforehand,
/// as at an event, where delegates are connected long before they all press at once). One burst is one sample: the
/// first pays for code the process runs for the first time, and any may meet a background write. The rows give the
/// median over the bursts; the note, the first and the worst.
/// </summary>
internal static class Bursts
{
    public static async Task MeasureAsync(Report report, Options options, string label, Func<Task<double[]>> burst, Func<Task> undo)
    {
        var lasts = new List<double>();
        var medians = new List<double>();
        for (var i = 0; i < options.Bursts; i++)
        {
            var acks = await burst();
            lasts.Add(acks.Max());
            medians.Add(Stats.Percentile(acks, 50));
            await undo();
            await Task.Delay(TimeSpan.FromMilliseconds(500));   // the burst's broadcasts go out before the next
        }
        var note = $"median of {lasts.Count} bursts; first {lasts[0]:0} ms, worst {lasts.Max():0} ms";
        report.Add(new Row($"{label}: ack p50", null, "json", Stats.Percentile(medians, 50), null, "ms", note));
        report.Add(new Row($"{label}: last ack", null, "json", Stats.Percentile(lasts, 50), null, "ms", note));
    }
}
