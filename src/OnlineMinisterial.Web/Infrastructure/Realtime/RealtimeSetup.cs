using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Errors;
using StackExchange.Redis;

namespace OnlineMinisterial.Web.Infrastructure.Realtime;

public static class RealtimeSetup
{
    /// <summary>
    /// The largest hub message a client may send (docs/security.md). It must hold the largest command at its text
    /// limits in any script: an amendment (10,000 + 4,000 characters) is 42,000 bytes of UTF-8 in Chinese and up to
    /// 84,000 when JSON escapes every character (6 bytes each), beyond SignalR's default of 32 KiB.
    /// </summary>
    public const int MaximumMessageBytes = 128 * 1024;

    /// <summary>SignalR with JSON and MessagePack, one error filter, and the Redis backplane when Redis is configured.</summary>
    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RealtimeOptions>().Bind(builder.Configuration.GetSection(RealtimeOptions.Section));
        builder.Services.AddSingleton<OrderedBroadcasts>();   // events per aggregate in version order, after commit
        var signalR = builder.Services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = MaximumMessageBytes;
                o.AddFilter<Telemetry.HubMetricsFilter>(); // outermost: connections per hub, every call timed
                o.AddFilter<DomainErrorHubFilter>();      // every refusal below it gets its code
                o.AddFilter<SessionHubFilter>();          // the session still stands (security stamp), on every call
                o.AddFilter<HubCommandLimitFilter>();     // commands per connection
                o.AddFilter<HubArgumentsFilter>();        // null where a value is required
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddMessagePackProtocol();
        WrapProtocols(builder.Services);

        var redis = builder.Configuration.GetSection(RealtimeOptions.Section).Get<RealtimeOptions>()?.Redis;
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("onlineministerial"));
            builder.Services.AddHealthChecks().AddRedis(redis, name: "redis", tags: [Health.HealthSetup.ReadyTag]);
        }
        return builder;
    }

    // Every protocol refuses unreadable arguments with a code instead of SignalR's own message.
    private static void WrapProtocols(IServiceCollection services)
    {
        var protocols = services.Where(d => d.ServiceType == typeof(IHubProtocol)).ToList();
        foreach (var descriptor in protocols)
        {
            services.Remove(descriptor);
            var type = descriptor.ImplementationType!;
            services.AddSingleton<IHubProtocol>(sp => new UnreadableArgumentsProtocol((IHubProtocol)ActivatorUtilities.CreateInstance(sp, type)));
        }
    }

    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) => app.UseMiddleware<HubOriginCheck>();
}
