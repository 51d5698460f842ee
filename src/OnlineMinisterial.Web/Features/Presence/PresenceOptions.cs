using System.ComponentModel.DataAnnotations;

namespace OnlineMinisterial.Web.Features.Presence;

public sealed class PresenceOptions
{
    public const string Section = "Presence";

    /// <summary>How often a node records that it is alive.</summary>
    [Range(1, 300)]
    public int HeartbeatSeconds { get; set; } = 10;

    /// <summary>After this long without a heartbeat, a node's connections no longer count as present.</summary>
    [Range(3, 3600)]
    public int StaleAfterSeconds { get; set; } = 35;

    /// <summary>At most this many arrivals and departures are written in one transaction.</summary>
    [Range(1, 100_000)]
    public int FlushBatchSize { get; set; } = 1000;
}
