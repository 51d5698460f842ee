using System.Net;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Media;

/// <summary>A Janus that does not answer degrades readiness; without media configured nothing about Janus is reported.</summary>
public sealed class MediaHealthTests
{
    [Fact]
    public async Task Ready_ReportsDegraded_WhenJanusDoesNotAnswer()
    {
        await using var db = await TestDatabase.CreateAsync(OnlineMinisterial.Web.Infrastructure.Data.DatabaseProvider.Sqlite);
        var settings = TestJanus.Settings();
        settings["Media:Janus:Url"] = $"http://127.0.0.1:{ClosedPort()}/janus";
        await using var host = new AppHost(db, settings);
        using var http = host.CreateClient();

        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_IsHealthy_WithJanusAnswering_AndWithoutMedia()
    {
        await using var db = await TestDatabase.CreateAsync(OnlineMinisterial.Web.Infrastructure.Data.DatabaseProvider.Sqlite);
        await using (var withJanus = new AppHost(db, TestJanus.Settings()))
            Assert.Equal("Healthy", await withJanus.CreateClient().GetStringAsync("/health/ready"));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
