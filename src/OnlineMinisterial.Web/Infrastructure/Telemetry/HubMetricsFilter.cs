using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;

namespace OnlineMinisterial.Web.Infrastructure.Telemetry;

/// <summary>Counts open connections per hub and times every hub method (outermost filter, so refusals are timed too).</summary>
internal sealed class HubMetricsFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var start = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await next(context);
        }
        catch
        {
            outcome = "error";
            throw;
        }
        finally
        {
            AppMetrics.CommandDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds,
                new("hub", context.Hub.GetType().Name), new("method", context.HubMethodName), new("outcome", outcome));
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        AppMetrics.Connections.Add(1, new KeyValuePair<string, object?>("hub", context.Hub.GetType().Name));
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        AppMetrics.Connections.Add(-1, new KeyValuePair<string, object?>("hub", context.Hub.GetType().Name));
        await next(context, exception);
    }
}
