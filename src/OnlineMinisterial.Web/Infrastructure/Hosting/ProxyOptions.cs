namespace OnlineMinisterial.Web.Infrastructure.Hosting;

/// <summary>The reverse proxies (TLS terminators, load balancers) whose X-Forwarded-* headers the app believes.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>. Loopback is always trusted.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies stand in front of the app (each adds one entry to X-Forwarded-For).</summary>
    public int ForwardLimit { get; set; } = 1;

    public int HstsMaxAgeDays { get; set; } = 365;
}
