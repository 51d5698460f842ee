using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Media;

namespace OnlineMinisterial.Integration.Tests.Media;

/// <summary>A session's room as Janus itself reports it, read with the API secret, and joins as a page makes them.</summary>
internal static class MediaRoom
{
    public static long Id(FloorWorld world, Guid sessionId) => world.Host.Services.GetRequiredService<MediaKeys>().RoomId(sessionId);

    public static string Secret(FloorWorld world, Guid sessionId) => world.Host.Services.GetRequiredService<MediaKeys>().RoomSecret(sessionId);

    public static async Task<bool> ExistsAsync(FloorWorld world, Guid sessionId)
    {
        await using var admin = await TestJanus.Admin();
        var reply = await admin.RequestAsync(new JsonObject { ["request"] = "exists", ["room"] = Id(world, sessionId) });
        return reply["exists"]!.GetValue<bool>();
    }

    public static async Task<IReadOnlyList<long>> ParticipantsAsync(FloorWorld world, Guid sessionId)
    {
        await using var admin = await TestJanus.Admin();
        var reply = await admin.RequestAsync(new JsonObject { ["request"] = "listparticipants", ["room"] = Id(world, sessionId) });
        return reply["participants"] is JsonArray list ? [.. list.Select(p => p!["id"]!.GetValue<long>())] : [];
    }

    public static async Task<IReadOnlyList<string>> AllowedAsync(FloorWorld world, Guid sessionId)
    {
        await using var admin = await TestJanus.Admin();
        var reply = await admin.RequestAsync(new JsonObject
        {
            ["request"] = "allowed", ["room"] = Id(world, sessionId), ["secret"] = Secret(world, sessionId), ["action"] = "add", ["allowed"] = new JsonArray(),
        });
        return [.. reply["allowed"]!.AsArray().Select(t => t!.GetValue<string>())];
    }

    public static async Task<MediaJoin> JoinInfoAsync(FloorClient client, Guid sessionId) =>
        (await client.Participant.Http.GetFromJsonAsync<MediaJoin>($"/api/sessions/{sessionId}/media", Json.Options))!;

    /// <summary>Joins the room as a publisher, as the page does: the person's Janus token, the room's PIN, a feed and a room token.</summary>
    public static async Task<(JanusSession Session, JsonObject Answer)> JoinAsPublisherAsync(MediaJoin join, long room, string pin, long feed, string? roomToken)
    {
        var session = await TestJanus.BrowserAsync(join.Token!);
        var request = new JsonObject { ["request"] = "join", ["ptype"] = "publisher", ["room"] = room, ["pin"] = pin, ["id"] = feed, ["display"] = "test" };
        if (roomToken is not null) request["token"] = roomToken;
        var answer = await session.AskAsync(request);
        return (session, answer);
    }

    public static int? ErrorCode(JsonObject answer) => answer["error_code"]?.GetValue<int>();
}
