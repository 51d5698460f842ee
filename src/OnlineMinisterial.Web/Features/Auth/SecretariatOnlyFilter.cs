using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Refuses anyone but the secretariat with a coded ProblemDetails (403 <c>auth.forbidden</c>), which a role policy
/// alone would answer with a bare status. Add it before the anti-forgery filter, so the answer does not depend on the token.
/// </summary>
internal sealed class SecretariatOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!context.HttpContext.User.IsInRole(Roles.Secretariat))
            throw new DomainException(ErrorCodes.Forbidden, "Only the secretariat may do this.");
        return next(context);
    }
}
