using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace LoadTest;

/// <summary>
/// Makes a server process run a full, blocking collection from outside, as <c>dotnet-gcdump</c> does: an EventPipe
/// session asking for the runtime's GC heap collection. Both servers are measured the same way, so "GC heap after a
/// full collection" counts what each holds alive and not what the last collection happened to leave.
/// </summary>
internal static class FullCollection
{
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    /// <summary>False when the process does not answer on its diagnostics port (it may have it turned off).</summary>
    public static async Task<bool> RunAsync(int processId)
    {
        try
        {
            var client = new DiagnosticsClient(processId);
            var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword);
            using var session = client.StartEventPipeSession([provider], requestRundown: false, circularBufferMB: 16);
            // The collection starts with the session; its events are drained (never read) until it has ended.
            var drain = session.EventStream.CopyToAsync(Stream.Null);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await session.StopAsync(CancellationToken.None);
            await drain.WaitAsync(TimeSpan.FromSeconds(10));
            return true;
        }
        catch (ServerNotAvailableException) { return false; }
        catch (TimeoutException) { return false; }
    }
}
