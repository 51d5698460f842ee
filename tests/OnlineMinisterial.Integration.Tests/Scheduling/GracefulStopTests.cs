using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// A service manager stops the app with SIGTERM, here with its Hangfire server running and many hub connections
/// open: it must be gone within a few seconds, with exit code 0, and say nothing unhandled on the way out.
/// </summary>
[Collection(HangfireServers.Name)]
public sealed class GracefulStopTests
{
    private const int Connections = 400;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sigterm_WithManyOpenHubConnections_StopsWithinSeconds_Cleanly()
    {
        await using var database = TestDatabase.Sqlite();
        await using var app = await AppProcess.StartAsync(database, HangfireServers.Settings());
        var people = new List<RemoteParticipant>();
        var closed = 0;
        try
        {
            foreach (var login in new[] { DemoLogins.Head("KAZ"), DemoLogins.Head("MEX"), DemoLogins.Observer, DemoLogins.Chair })
                people.Add(await RemoteParticipant.SignInAsync(app.BaseAddress, login));
            string[] hubs = ["/hubs/conference", "/hubs/floor", "/hubs/voting", "/hubs/panel", "/hubs/notifications"];
            // Opened a few at a time, as people arrive; the stop is what is measured, not a connection storm.
            using var arriving = new SemaphoreSlim(16);
            var opened = await Task.WhenAll(Enumerable.Range(0, Connections).Select(async i =>
            {
                await arriving.WaitAsync();
                try
                {
                    var connection = await people[i % people.Count].ConnectAsync(hubs[i % hubs.Length]);
                    connection.Closed += _ => { Interlocked.Increment(ref closed); return Task.CompletedTask; };
                    return connection;
                }
                finally
                {
                    arriving.Release();
                }
            }));
            Assert.All(opened, c => Assert.Equal(HubConnectionState.Connected, c.State));

            var (took, exitCode) = await app.TerminateAsync(TimeSpan.FromSeconds(40));

            var output = app.Output;
            Assert.True(exitCode is not null, $"Still running {took.TotalSeconds:0.0} s after SIGTERM:\n{Tail(output)}");
            Assert.True(took < Bound, $"Stopping took {took.TotalSeconds:0.0} s (bound {Bound.TotalSeconds} s):\n{Tail(output)}");
            Assert.Equal(0, exitCode);
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("OperationCanceledException", output, StringComparison.Ordinal);
            await Agenda.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref closed) == Connections), TimeSpan.FromSeconds(10),
                "every client saw its connection close");
        }
        finally
        {
            foreach (var person in people) await person.DisposeAsync();
        }
    }

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(60));
}
