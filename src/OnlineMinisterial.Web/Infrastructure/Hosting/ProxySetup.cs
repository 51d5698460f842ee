using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace OnlineMinisterial.Web.Infrastructure.Hosting;

/// <summary>
/// Deployment behind a TLS-terminating proxy: the scheme, host and client address come from the configured
/// proxies' X-Forwarded-* headers (so the hub origin check, Secure cookies and the rate limits see what the browser
/// sees), HSTS on every HTTPS answer outside Development, and no Server header.
/// </summary>
public static class ProxySetup
{
    public static IHostApplicationBuilder AddProxySupport(this IHostApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = proxy.ForwardLimit;
            foreach (var address in proxy.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(proxy.HstsMaxAgeDays);
            o.IncludeSubDomains = false;
            o.ExcludedHosts.Clear(); // HSTS is sent only outside Development, where any host name is a real one
        });
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        return builder;
    }

    public static IApplicationBuilder UseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        return app;
    }
}
