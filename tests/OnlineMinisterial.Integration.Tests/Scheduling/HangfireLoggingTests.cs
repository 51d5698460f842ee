using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.TestSupport;
using HangfireLogProvider = Hangfire.Logging.LogProvider;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// Hangfire keeps its log provider and its types' loggers in process-wide statics. A host that stopped must take
/// neither its logging nor Hangfire's down with it for the hosts still running: a Hangfire type first used after
/// another host stopped failed to initialise, and every job delete failed from then on (a reschedule left its old
/// jobs scheduled).
/// </summary>
[Collection(HangfireServers.Name)]
public sealed class HangfireLoggingTests
{
    [Fact]
    public async Task AfterAnotherHostStops_HangfireStillLogs_ToTheHostStillRunning()
    {
        await using var keptDb = TestDatabase.Sqlite();
        await using var kept = new AppHost(keptDb);
        kept.Services.GetRequiredService<IGlobalConfiguration>();
        var takenEarly = HangfireLogProvider.GetLogger("OnlineMinisterial.Tests.TakenEarly");

        await using var stoppedDb = TestDatabase.Sqlite();
        var stopped = new AppHost(stoppedDb);
        stopped.Services.GetRequiredService<IGlobalConfiguration>();
        var takenWhileBothRan = HangfireLogProvider.GetLogger("OnlineMinisterial.Tests.TakenWhileBothRan");
        var toTheNewest = Guid.NewGuid().ToString("N");
        takenEarly.Log(HangfireLogLevel.Warn, () => toTheNewest);
        Assert.Contains(stopped.Logs.Lines, l => l.Contains(toTheNewest, StringComparison.Ordinal));
        await stopped.DisposeAsync();

        var takenAfter = HangfireLogProvider.GetLogger("OnlineMinisterial.Tests.TakenAfter");
        var markers = new[] { Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N") };
        takenEarly.Log(HangfireLogLevel.Warn, () => markers[0]);
        takenWhileBothRan.Log(HangfireLogLevel.Error, () => markers[1]);
        takenAfter.Log(HangfireLogLevel.Info, () => markers[2]);

        foreach (var marker in markers)
        {
            Assert.Contains(kept.Logs.Lines, l => l.Contains(marker, StringComparison.Ordinal));
            Assert.DoesNotContain(stopped.Logs.Lines, l => l.Contains(marker, StringComparison.Ordinal));
        }
        Assert.Contains(kept.Logs.Lines, l => l.StartsWith("Error OnlineMinisterial.Tests.TakenWhileBothRan", StringComparison.Ordinal));
    }
}
