namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// Every test whose hosts run Hangfire servers and timers: one at a time and alone, so no other test's load skews
/// their timing, and (belt and braces: each host also owns its Hangfire storage) no static Hangfire state is shared.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireServers
{
    public const string Name = "hangfire-servers";

    public static Dictionary<string, string?> Settings(int reminderMinutes = 15) => new()
    {
        ["Scheduling:RunServer"] = "true",
        ["Scheduling:ReminderMinutes"] = reminderMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
