using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Foundation;

public sealed class MetricsTests : HostPerTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" };

    [Fact]
    public async Task PrometheusOn_AfterHubCalls_ExposesConnectionsCommandsCommitsAndPresence()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var conference = await kaz.ConnectAsync();
        await conference.InvokeAsync<object>("GetPresence");
        await kaz.ConnectAsync("/hubs/voting");

        // The voting hub's connection is counted when the server has run its OnConnectedAsync, which may be a moment
        // after the client's start returned: the scrape waits for it too.
        const string VotingConnected = "onlineministerial_hub_connections[^\\n]*hub=\"VotingHub\"[^\\n]*\\} [1-9]";
        var text = await ScrapeUntilAsync(t => t.Contains("method=\"GetPresence\"", StringComparison.Ordinal)
                                               && t.Contains("onlineministerial_presence_flush_lag_seconds_count", StringComparison.Ordinal)
                                               && System.Text.RegularExpressions.Regex.IsMatch(t, VotingConnected));
        Assert.Matches("onlineministerial_hub_connections[^\\n]*hub=\"ConferenceHub\"[^\\n]*\\} [1-9]", text);
        Assert.Matches(VotingConnected, text);
        Assert.Matches("onlineministerial_hub_command_duration_seconds_count\\{[^\\n]*method=\"GetPresence\"[^\\n]*\\} [1-9]", text);
        Assert.Contains("onlineministerial_db_commit_duration_seconds_count", text, StringComparison.Ordinal);
        // Buckets in seconds: a command's milliseconds can be told apart.
        Assert.Matches("onlineministerial_db_commit_duration_seconds_bucket\\{[^\\n]*le=\"0.005\"", text);
        Assert.Matches("onlineministerial_hub_command_duration_seconds_bucket\\{[^\\n]*le=\"0.025\"", text);
        Assert.Matches("onlineministerial_queue_depth[^\\n]*queue=\"presence\"", text);
        Assert.Matches("onlineministerial_broadcast_duration_seconds_count\\{[^\\n]*event=\"PresenceChanged\"", text);
    }

    private async Task<string> ScrapeUntilAsync(Func<string, bool> done)
    {
        using var anonymous = Host.CreateClient();
        var text = "";
        for (var attempt = 0; attempt < 50 && !done(text); attempt++)
        {
            if (attempt > 0) await Task.Delay(200);
            var response = await anonymous.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
        }
        return text;
    }
}

public sealed class MetricsOffTests : HostPerTest
{
    [Fact]
    public async Task ByDefault_NoMetricsEndpoint()
    {
        using var anonymous = Host.CreateClient();
        var response = await anonymous.GetAsync("/metrics");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
