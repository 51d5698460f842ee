using System.Text.Json.Nodes;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>The VideoRoom plugin's synchronous requests the host needs, on one attached handle.</summary>
public sealed class VideoRoomHandle(JanusClient janus, string path, CancellationToken ct)
{
    public Task<JsonObject> SendAsync(JsonObject body) => janus.MessageAsync(path, body, ct);

    public async Task<bool> ExistsAsync(long room) =>
        (await SendAsync(new JsonObject { ["request"] = "exists", ["room"] = room }))["exists"]?.GetValue<bool>() == true;

    /// <summary>The tokens Janus lets join as a publisher now (sending an empty "add" returns the list unchanged).</summary>
    public async Task<IReadOnlyList<string>> AllowedAsync(long room, string secret) =>
        await ChangeAllowedAsync(room, secret, "add", []);

    public async Task<IReadOnlyList<string>> ChangeAllowedAsync(long room, string secret, string action, IEnumerable<string> tokens)
    {
        var reply = await SendAsync(new JsonObject
        {
            ["request"] = "allowed", ["room"] = room, ["secret"] = secret, ["action"] = action,
            ["allowed"] = new JsonArray([.. tokens.Select(t => (JsonNode)t)]),
        });
        return reply["allowed"] is JsonArray list ? [.. list.Select(t => t!.GetValue<string>())] : [];
    }

    /// <summary>Everyone who joined the room as a participant, and whether they publish now.</summary>
    public async Task<IReadOnlyList<(long Id, bool Publishing)>> ParticipantsAsync(long room)
    {
        var reply = await SendAsync(new JsonObject { ["request"] = "listparticipants", ["room"] = room });
        return reply["participants"] is JsonArray list
            ? [.. list.Select(p => (p!["id"]!.GetValue<long>(), p["publisher"]?.GetValue<bool>() == true))]
            : [];
    }

    public Task KickAsync(long room, string secret, long participant) =>
        SendAsync(new JsonObject { ["request"] = "kick", ["room"] = room, ["secret"] = secret, ["id"] = participant });

    public Task ModerateAsync(long room, string secret, long participant, string mid, bool mute) =>
        SendAsync(new JsonObject
        {
            ["request"] = "moderate", ["room"] = room, ["secret"] = secret, ["id"] = participant, ["mid"] = mid, ["mute"] = mute,
        });
}
