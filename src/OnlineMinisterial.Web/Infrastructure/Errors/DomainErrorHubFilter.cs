using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Errors;

/// <summary>
/// Turns domain errors into <see cref="HubException"/>s whose message is <c>[code] readable message</c>, the only
/// error text a hub client ever sees. A refusal is an ordinary answer: it is logged at Information, without a stack
/// trace. Only the unexpected is logged as an Error and answered with a generic code.
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
            logger.LogInformation("Hub call {Hub}.{Method} refused: {Code}", context.Hub.GetType().Name, context.HubMethodName, e.Code);
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
