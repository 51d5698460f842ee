using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Realtime;

/// <summary>
/// Base of every hub of the app, so that every hub, even one without methods of its own, has the method a call whose
/// arguments could not be read lands on (<see cref="UnreadableArgumentsProtocol"/>): refused with a code like any
/// other bad input (ADR 0022). Without it, SignalR answers "unknown hub method" with no code.
/// </summary>
public abstract class AppHub<TClient> : Hub<TClient> where TClient : class
{
    public Task RefuseUnreadableArguments(string method) => throw new DomainException(ErrorCodes.InvalidArgument,
        $"The call of '{method}' could not be read: check the method's name and the number and types of its arguments.");
}
