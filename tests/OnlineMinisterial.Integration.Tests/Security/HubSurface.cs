using System.Reflection;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>Every hub method the app offers, read from the hub classes, so a new method is covered without editing a list.</summary>
internal static class HubSurface
{
    public sealed record HubMethod(string Path, string Hub, string Name, ParameterInfo[] Parameters)
    {
        public override string ToString() => $"{Hub}.{Name}";
    }

    public static IReadOnlyList<HubMethod> All { get; } = Discover();

    private static List<HubMethod> Discover()
    {
        var hubs = typeof(PresenceHub<>).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(PresenceHub<>));
        var methods = new List<HubMethod>();
        foreach (var hub in hubs)
        {
            var path = (string)hub.GetField("Path")!.GetRawConstantValue()!;
            methods.AddRange(hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync" or "Dispose"))
                .Select(m => new HubMethod(path, hub.Name, m.Name, m.GetParameters())));
        }
        return methods.Where(m => m.Name != ArgumentsRefusal.Method).OrderBy(m => m.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>A JSON value the parameter's type cannot be read from.</summary>
    public static object Unreadable(Type type) => type == typeof(string) ? new { unexpected = true } : "not-a-value";

    /// <summary>A value of the right type that names nothing that exists.</summary>
    public static object? Plausible(Type type, Random random)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(Guid)) return Guid.NewGuid();
        if (t == typeof(string)) return random.Next(3) == 0 ? "" : $"text-{random.Next(1000)}";
        if (t == typeof(int) || t == typeof(long)) return random.Next(-5, 1000);
        if (t == typeof(bool)) return random.Next(2) == 0;
        if (t.IsEnum) { var names = Enum.GetNames(t); return names[random.Next(names.Length)]; }
        if (t == typeof(DateTimeOffset)) return DateTimeOffset.UnixEpoch.AddDays(random.Next(30_000));
        return null; // a request object: null is its wrong value
    }
}
