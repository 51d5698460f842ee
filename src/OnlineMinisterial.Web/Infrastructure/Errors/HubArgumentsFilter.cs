using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Infrastructure.Errors;

/// <summary>
/// Refuses a hub call that passes null for a parameter the method declares non-nullable (SignalR binds JSON null to
/// any reference type), so a missing request object is <c>request.invalid_argument</c>, never a crash further in.
/// </summary>
internal sealed class HubArgumentsFilter : IHubFilter
{
    private static readonly ConcurrentDictionary<MethodInfo, bool[]> Required = new();

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var required = Required.GetOrAdd(context.HubMethod, RequiredParameters);
        for (var i = 0; i < context.HubMethodArguments.Count && i < required.Length; i++)
        {
            if (required[i] && context.HubMethodArguments[i] is null)
                throw new DomainException(ErrorCodes.InvalidArgument,
                    $"'{context.HubMethodName}' needs a value for '{context.HubMethod.GetParameters()[i].Name}'.");
        }
        return next(context);
    }

    private static bool[] RequiredParameters(MethodInfo method)
    {
        var nullability = new NullabilityInfoContext();
        return method.GetParameters()
            .Select(p => !p.ParameterType.IsValueType && nullability.Create(p).ReadState == NullabilityState.NotNull)
            .ToArray();
    }
}
