using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Scheduling;

public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Run a Hangfire server in this node (every node normally does; the storage makes jobs run once).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>How often Hangfire looks for due delayed jobs; its default of 15 s is too coarse for on-time sessions.</summary>
    [Range(100, 60_000)]
    public int PollingIntervalMilliseconds { get; set; } = 1000;

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 4;
}
