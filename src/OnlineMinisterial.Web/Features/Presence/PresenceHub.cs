using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// Base of every hub of the app: a connection to any of them counts as presence (ADR 0002). A delegate who has
/// only the session room or the ballot open is in the meeting, and quorum is counted from presence.
/// </summary>
public abstract class PresenceHub<TClient>(PresenceTracker presence) : Hub<TClient> where TClient : class
{
    protected PresenceTracker Presence { get; } = presence;

    public override async Task OnConnectedAsync()
    {
        await Presence.ConnectedAsync(Context.ConnectionId, Context.User!, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await Presence.DisconnectedAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Where a call lands whose arguments could not be read (<see cref="UnreadableArgumentsProtocol"/>): refused
    /// with a code like any other bad input.
    /// </summary>
    public Task RefuseUnreadableArguments(string method) => throw new DomainException(ErrorCodes.InvalidArgument,
        $"The call of '{method}' could not be read: check the method's name and the number and types of its arguments.");
}
