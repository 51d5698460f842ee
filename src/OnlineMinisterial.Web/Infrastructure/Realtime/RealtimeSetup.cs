using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Web.Infrastructure.Errors;
using StackExchange.Redis;

namespace OnlineMinisterial.Web.Infrastructure.Realtime;

public static class RealtimeSetup
{
    /// <summary>SignalR with JSON and MessagePack, one error filter, and the Redis backplane when Redis is configured.</summary>
    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RealtimeOptions>().Bind(builder.Configuration.GetSection(RealtimeOptions.Section));
        var signalR = builder.Services.AddSignalR(o => o.AddFilter<DomainErrorHubFilter>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddMessagePackProtocol();

        var redis = builder.Configuration.GetSection(RealtimeOptions.Section).Get<RealtimeOptions>()?.Redis;
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("onlineministerial"));
            builder.Services.AddHealthChecks().AddRedis(redis, name: "redis", tags: [Health.HealthSetup.ReadyTag]);
        }
        return builder;
    }

    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) => app.UseMiddleware<HubOriginCheck>();
}
