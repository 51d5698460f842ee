using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Media;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>
/// Makes a session's Janus room match what the host decided: created (private, with its PIN, secret and an empty
/// list of publisher tokens) while the session is live or suspended, destroyed otherwise; the publisher tokens listed
/// are exactly those of the people who may publish; anyone else publishing is kicked; a paused speaker is muted.
/// Every step reads Janus first, so running it twice, late, or on another node changes nothing more.
/// </summary>
public sealed class JanusRooms(JanusClient janus, MediaKeys keys, IOptions<MediaOptions> options, ILogger<JanusRooms> logger)
{
    /// <summary>The media lines a browser of this app publishes (audio first, then video); all are muted on a pause.</summary>
    private static readonly string[] Mids = ["0", "1"];

    /// <summary>Rooms of this deployment only (a Janus may serve others): named after a digest of the room secret.</summary>
    private string DescriptionPrefix => $"om {keys.Deployment} session ";

    public Task SyncAsync(Guid sessionId, MediaStage stage, CancellationToken ct) =>
        janus.WithVideoRoomAsync(async room =>
        {
            var id = keys.RoomId(sessionId);
            var secret = keys.RoomSecret(sessionId);
            var exists = await room.ExistsAsync(id);
            if (!stage.RoomOpen)
            {
                if (exists) await DestroyAsync(room, sessionId, id, secret);
                return true;
            }
            if (!exists) await CreateAsync(room, sessionId, id, secret);
            await AllowOnlyAsync(room, sessionId, id, secret, stage);
            await KickOthersAsync(room, sessionId, id, secret, stage);
            return true;
        }, ct);

    /// <summary>The sessions Janus has a room for (its description names the session), to destroy the ones left over.</summary>
    public Task<IReadOnlyList<Guid>> SessionRoomsAsync(CancellationToken ct) =>
        janus.WithVideoRoomAsync<IReadOnlyList<Guid>>(async room =>
        {
            var reply = await room.SendAsync(new JsonObject { ["request"] = "list", ["admin_key"] = options.Value.Janus.AdminKey });
            return reply["list"] is JsonArray rooms
                ? [.. rooms.Select(r => r?["description"]?.GetValue<string>() ?? "")
                    .Where(d => d.StartsWith(DescriptionPrefix, StringComparison.Ordinal))
                    .Select(d => Guid.TryParse(d[DescriptionPrefix.Length..], out var id) ? id : Guid.Empty)
                    .Where(id => id != Guid.Empty)]
                : [];
        }, ct);

    private async Task CreateAsync(VideoRoomHandle room, Guid sessionId, long id, string secret)
    {
        var janusOptions = options.Value.Janus;
        try
        {
            await room.SendAsync(new JsonObject
            {
                ["request"] = "create", ["room"] = id, ["admin_key"] = janusOptions.AdminKey, ["permanent"] = false,
                ["description"] = DescriptionPrefix + sessionId.ToString("N"), ["secret"] = secret, ["pin"] = keys.Pin(sessionId),
                ["is_private"] = true, ["allowed"] = new JsonArray(), ["publishers"] = janusOptions.MaxPublishers,
                ["bitrate"] = janusOptions.BitrateBitsPerSecond, ["audiolevel_event"] = false, ["notify_joining"] = false,
            });
            logger.LogInformation("Media room {Room} created for session {SessionId}", id, sessionId);
        }
        catch (JanusException e) when (e.Code == JanusException.RoomExists)
        {
            // Another node (or an earlier run) created it in between: the same room, the same secrets.
        }
    }

    private async Task DestroyAsync(VideoRoomHandle room, Guid sessionId, long id, string secret)
    {
        try
        {
            await room.SendAsync(new JsonObject { ["request"] = "destroy", ["room"] = id, ["secret"] = secret, ["permanent"] = false });
            logger.LogInformation("Media room {Room} of session {SessionId} destroyed", id, sessionId);
        }
        catch (JanusException e) when (e.Code == JanusException.NoSuchRoom)
        {
        }
    }

    private async Task AllowOnlyAsync(VideoRoomHandle room, Guid sessionId, long id, string secret, MediaStage stage)
    {
        var wanted = stage.Publishers.Select(p => keys.PublisherToken(sessionId, p.PersonId)).ToHashSet(StringComparer.Ordinal);
        var allowed = await room.AllowedAsync(id, secret);
        var stale = allowed.Where(t => !wanted.Contains(t)).ToList();
        if (stale.Count > 0) await room.ChangeAllowedAsync(id, secret, "remove", stale);
        var missing = wanted.Where(t => !allowed.Contains(t)).ToList();
        if (missing.Count > 0) await room.ChangeAllowedAsync(id, secret, "add", missing);
    }

    private async Task KickOthersAsync(VideoRoomHandle room, Guid sessionId, long id, string secret, MediaStage stage)
    {
        var feeds = stage.Publishers.ToDictionary(p => keys.FeedId(sessionId, p.Feed));
        foreach (var (participant, publishing) in await room.ParticipantsAsync(id))
        {
            if (!feeds.TryGetValue(participant, out var publisher))
            {
                await IgnoreGoneAsync(() => room.KickAsync(id, secret, participant));
                logger.LogInformation("Media room {Room}: feed {Feed} may no longer publish and was removed", id, participant);
                continue;
            }
            if (!publishing) continue;
            foreach (var mid in Mids) await IgnoreGoneAsync(() => room.ModerateAsync(id, secret, participant, mid, publisher.Muted));
        }
    }

    /// <summary>A participant that left, or a media line it does not have, is nothing to undo.</summary>
    private static async Task IgnoreGoneAsync(Func<Task> request)
    {
        try
        {
            await request();
        }
        catch (JanusException e) when (e.Code is JanusException.NoSuchFeed)
        {
        }
    }
}
