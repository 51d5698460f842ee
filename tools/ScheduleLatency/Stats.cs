using System.Globalization;

namespace ScheduleLatency;

internal static class Stats
{
    public static string Line(string what, IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return $"{what,-40} no samples";
        var sorted = values.Order().ToList();
        double At(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(q * (sorted.Count - 1)))];
        return string.Create(CultureInfo.InvariantCulture,
            $"{what,-40} n={sorted.Count,3}  min={sorted[0],7:0} ms  median={At(0.5),7:0} ms  p95={At(0.95),7:0} ms  max={sorted[^1],7:0} ms");
    }
}
