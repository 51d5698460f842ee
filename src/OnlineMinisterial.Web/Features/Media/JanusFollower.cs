using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>
/// Brings sessions' rooms in line with the database, one session at a time, off the command's path: changes are
/// queued after their commit and applied within milliseconds; a failed one is tried again, and every open session
/// (and every room Janus still has) is checked at start and every <see cref="JanusOptions.ReconcileSeconds"/>, so a
/// host restart, a Janus restart or a change made on another node all end in the same rooms.
/// </summary>
internal sealed class JanusFollower(IServiceScopeFactory scopes, IOptions<MediaOptions> options, TimeProvider time,
    ILogger<JanusFollower> logger) : BackgroundService, IMediaFollower
{
    private readonly Channel<Guid> _changed = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void SessionChanged(Guid sessionId) => _changed.Writer.TryWrite(sessionId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var reconcile = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.Janus.ReconcileSeconds), time);
        _ = ReconcileLoopAsync(reconcile, stoppingToken);
        await foreach (var sessionId in _changed.Reader.ReadAllAsync(stoppingToken))
        {
            if (await SyncAsync(sessionId, stoppingToken)) continue;
            _ = RetryAsync(sessionId, stoppingToken);
        }
    }

    private async Task ReconcileLoopAsync(PeriodicTimer timer, CancellationToken ct)
    {
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sessions = await scope.ServiceProvider.GetRequiredService<MediaReader>().OpenSessionsAsync(ct);
                var leftOver = await scope.ServiceProvider.GetRequiredService<JanusRooms>().SessionRoomsAsync(ct);
                foreach (var id in sessions.Union(leftOver)) SessionChanged(id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Media rooms could not be checked against the sessions: {Reason}", e.Message);
            }
        } while (await timer.WaitForNextTickAsync(ct));
    }

    private async Task RetryAsync(Guid sessionId, CancellationToken ct)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), time, ct);
        SessionChanged(sessionId);
    }

    private async Task<bool> SyncAsync(Guid sessionId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var (_, stage) = await scope.ServiceProvider.GetRequiredService<MediaReader>().StageAsync(sessionId, ct);
            await scope.ServiceProvider.GetRequiredService<JanusRooms>().SyncAsync(sessionId, stage, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Janus down or slow: the floor goes on; the room catches up on the retry or the next check.
            logger.LogWarning("The media room of session {SessionId} could not follow it: {Reason}", sessionId, e.Message);
            return false;
        }
    }
}
