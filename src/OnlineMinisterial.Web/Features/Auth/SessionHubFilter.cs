using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Keeps hub connections to live sessions: each connection is known to <see cref="HubConnectionRegistry"/> (so an
/// ended session can close it), and each call checks the security stamp first, so a connection opened before a
/// sign-out can never act after it, even on a node that missed the signal.
/// </summary>
internal sealed class SessionHubFilter(HubConnectionRegistry registry, SessionStamp stamps) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (!await stamps.IsCurrentAsync(context.Context.User!, context.Context.ConnectionAborted))
        {
            // Answer first, then close: aborting now would drop the coded answer on the way out.
            var connection = context.Context;
            _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => connection.Abort(), TaskScheduler.Default);
            throw new DomainException(ErrorCodes.SessionEnded, "Your session has ended. Sign in again.");
        }
        return await next(context);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } personId) registry.Add(personId, context.Context);
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } personId) registry.Remove(personId, context.Context.ConnectionId);
        return next(context, exception);
    }
}
