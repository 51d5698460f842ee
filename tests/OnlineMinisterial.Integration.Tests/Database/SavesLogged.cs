using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Database;

/// <summary>The saves a host's EF Core says it completed, for tests that count them (a group saved once, ADR 0062).</summary>
internal static class SavesLogged
{
    /// <summary>The setting that makes each save log a line.</summary>
    public static readonly KeyValuePair<string, string?> Setting = new("Logging:LogLevel:Microsoft.EntityFrameworkCore.Update", "Debug");

    /// <summary>Every save that wrote something, in order.</summary>
    public static List<string> Of(AppHost host) =>
        [.. host.Logs.Lines.Where(l => l.Contains("Microsoft.EntityFrameworkCore.Update") && l.Contains("SaveChanges completed") && !l.Contains("0 entities"))];
}
