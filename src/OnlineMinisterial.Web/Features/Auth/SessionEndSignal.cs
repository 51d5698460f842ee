using Microsoft.Extensions.Options;
using OnlineMinisterial.Web.Infrastructure.Realtime;
using StackExchange.Redis;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Tells every node to close a person's hub connections: this node at once, the others over Redis (the backplane's
/// server) when the app is scaled out. If Redis is away the other nodes still refuse the person's next hub call,
/// because each call checks the security stamp.
/// </summary>
public sealed class SessionEndSignal(HubConnectionRegistry registry, IOptions<RealtimeOptions> options, ILogger<SessionEndSignal> logger)
    : IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("onlineministerial:sessions-ended");
    private ConnectionMultiplexer? _redis;

    public async Task EndAsync(string personId)
    {
        var closed = registry.Close(personId);
        logger.LogInformation("Sessions of {PersonId} ended; {Count} hub connections closed on this node", personId, closed);
        if (_redis is null) return;
        try
        {
            await _redis.GetSubscriber().PublishAsync(Channel, personId);
        }
        catch (RedisException e)
        {
            logger.LogWarning("Could not tell the other nodes to close {PersonId}'s connections: {Reason}", personId, e.Message);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Redis)) return;
        var config = ConfigurationOptions.Parse(options.Value.Redis);
        config.AbortOnConnectFail = false;
        _redis = await ConnectionMultiplexer.ConnectAsync(config);
        try
        {
            // Fire-and-forget: the subscription is kept by the multiplexer and restored when Redis comes back, so a
            // Redis that is away at start-up does not stop the host (readiness reports it).
            await _redis.GetSubscriber().SubscribeAsync(Channel, (_, personId) =>
            {
                if (personId.HasValue) registry.Close(personId.ToString());
            }, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning("Could not subscribe to the other nodes' session ends: {Reason}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null) await _redis.DisposeAsync();
    }
}
