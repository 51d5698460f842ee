using System.Globalization;

namespace ScheduleLatency;

/// <summary>Command-line options: <c>--url http://127.0.0.1:5000 --count 20 --spacing-ms 730 --lead-seconds 6</c>.</summary>
internal sealed record Options(Uri Url, int Count, int SpacingMilliseconds, int LeadSeconds, string Email, string Password)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new Options(
            new Uri(Get("--url", "http://127.0.0.1:5000")),
            Int("--count", 20),
            Int("--spacing-ms", 730),
            Int("--lead-seconds", 6),
            Get("--email", "secretariat@onlineministerial.example"),
            Get("--password", "Ministerial-2026"));
    }
}
