using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Web.Infrastructure.Audit;

namespace OnlineMinisterial.Integration.Tests.Lifecycle;

internal static class AuditChainScenarios
{
    /// <summary>Many commands commit at once (each with its audit entry): the chain has no gap, no fork, and verifies.</summary>
    public static async Task ConcurrentAppendsAsync(FloorWorld world)
    {
        var id = world.LiveSessionId;
        string[] codes = ["KAZ", "MEX", "USA", "CAN", "IND", "GBR", "DEU", "FRA", "BRA", "JPN"];
        var delegates = await Task.WhenAll(codes.Select(world.DelegateAsync));
        await Task.WhenAll(delegates.Select(d => d.RequestAsync(id)));
        var secretariat = await world.JoinLiveAsync(DemoLogins.Secretariat);
        var verified = await secretariat.Participant.GetAsync<AuditVerification>("/api/audit/verify");
        Assert.True(verified!.Intact, verified.FirstBreak?.Message);
        Assert.Equal(verified.Entries, verified.HeadSequence);
    }
}
