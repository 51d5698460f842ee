using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LoadTest;

/// <summary>
/// The yardstick: a bare SignalR hub with the same protocols and nothing else (no auth, no database), in its own
/// process. <c>Broadcast</c> sends the caller's payload to every connection, as the app sends an event.
/// </summary>
internal static class BareHub
{
    public const string Argument = "bare-server";
    public const string Path = "/hub";
    public const string HeapPath = "/heap";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args.Where(a => a != Argument).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR().AddMessagePackProtocol();
        var app = builder.Build();
        app.MapGet("/ready", () => "ready");
        app.MapGet(HeapPath, () => GC.GetGCMemoryInfo().HeapSizeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        app.MapHub<Yardstick>(Path);
        await app.RunAsync();
    }

    public sealed class Yardstick : Hub
    {
        public Task Broadcast(string payload) => Clients.All.SendAsync("Event", payload);
    }
}
