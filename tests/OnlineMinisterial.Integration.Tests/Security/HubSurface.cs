using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Integration.Tests.Security;

/// <summary>
/// Every hub and every hub method the app offers, read from the hub classes (every subclass of SignalR's Hub in the
/// host's assembly, with the methods it inherits from the app's own bases), so a new hub or method is covered
/// without editing a list.
/// </summary>
internal static class HubSurface
{
    public sealed record HubMethod(string Path, string Hub, string Name, ParameterInfo[] Parameters)
    {
        public override string ToString() => $"{Hub}.{Name}";
    }

    /// <summary>Each hub class of the host and the path it is mapped at (its Path constant).</summary>
    public static IReadOnlyList<(Type Hub, string Path)> Hubs { get; } = typeof(AppHub<>).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(Hub).IsAssignableFrom(t))
        .Select(t => (t, (string)t.GetField("Path")!.GetRawConstantValue()!))
        .OrderBy(h => h.Item2, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<HubMethod> All { get; } = Discover();

    private static List<HubMethod> Discover()
    {
        var signalR = typeof(Hub).Assembly;
        var methods = new List<HubMethod>();
        foreach (var (hub, path) in Hubs)
        {
            methods.AddRange(hub.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object) && m.DeclaringType!.Assembly != signalR
                    && m.GetBaseDefinition().DeclaringType!.Assembly != signalR)
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
