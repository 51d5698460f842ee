using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>
/// Records that this node is alive and sweeps the connections of nodes that are not (a crashed node cannot say
/// goodbye). On start it sweeps at once, so a restart after a crash does not show yesterday's presence.
/// </summary>
internal sealed class NodeHeartbeat(IServiceScopeFactory scopes, NodeIdentity node, IOptions<PresenceOptions> options,
    TimeProvider time, ILogger<NodeHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds), time);
        do
        {
            try
            {
                await BeatAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Presence heartbeat of node {NodeId} failed", node.Id);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task BeatAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Data.AppDbContext>();
        var now = time.GetUtcNow();
        var updated = await db.ServerNodes.Where(n => n.NodeId == node.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.LastSeenAt, now), ct);
        if (updated == 0)
        {
            db.ServerNodes.Add(new ServerNode { NodeId = node.Id, LastSeenAt = now });
            await db.SaveChangesAsync(ct);
        }
        var staleBefore = now.AddSeconds(-options.Value.StaleAfterSeconds);
        await db.ServerNodes.Where(n => n.LastSeenAt < staleBefore).ExecuteDeleteAsync(ct);
        await scope.ServiceProvider.GetRequiredService<PresenceTracker>().SweepAsync(staleBefore, ct);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Data.AppDbContext>();
            await scope.ServiceProvider.GetRequiredService<PresenceTracker>().NodeLeftAsync(cancellationToken);
            await db.ServerNodes.Where(n => n.NodeId == node.Id).ExecuteDeleteAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or InvalidOperationException
                                   or System.Data.Common.DbException)
        {
            // Shutdown must not fail because of this: another node (or this one, restarted) sweeps the rows.
            logger.LogInformation("Node {NodeId} could not remove itself on shutdown ({Reason}); it will be swept", node.Id, ex.GetType().Name);
        }
    }
}
