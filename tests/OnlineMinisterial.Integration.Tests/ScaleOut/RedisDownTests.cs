using System.Net;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.ScaleOut;

public sealed class RedisDownTests
{
    [Fact]
    public async Task Readiness_IsUnhealthy_WhenTheConfiguredRedisCannotBeReached()
    {
        await using var db = TestDatabase.Sqlite();
        await using var host = new AppHost(db, new Dictionary<string, string?>
        {
            // A loopback port where nothing listens; abortConnect=false lets the app start and report it.
            ["Realtime:Redis"] = "127.0.0.1:1,abortConnect=false,connectTimeout=500",
        });
        var ready = await host.Anonymous().Http.GetAsync("/health/ready");
        var live = await host.Anonymous().Http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
