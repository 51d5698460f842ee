using Microsoft.AspNetCore.Antiforgery;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Validates the anti-forgery header on every state-changing request of a route group. Minimal APIs only check
/// form posts by themselves; our API takes JSON, so the check is explicit here.
/// </summary>
internal sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method))
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        return await next(context);
    }
}
