using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Errors;

/// <summary>
/// Turns domain errors into <see cref="HubException"/>s whose message is <c>[code] readable message</c>, the only
/// error text a hub client ever sees. Anything unexpected is logged and answered with a generic code.
/// </summary>
internal sealed class DomainErrorHubFilter(ILogger<DomainErrorHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException e)
        {
            throw new HubException(Format(e.Code, e.Message));
        }
        catch (HubException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Hub method {Hub}.{Method} failed", context.Hub.GetType().Name, context.HubMethodName);
            throw new HubException(Format(ErrorCodes.Unexpected, "Something went wrong on the server. It has been logged."));
        }
    }

    public static string Format(string code, string message) => $"[{code}] {message}";
}
