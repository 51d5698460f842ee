using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>
/// The Janus HTTP API, as the host uses it: a short Janus session with one VideoRoom handle for a batch of
/// synchronous requests, every request carrying the API secret. Janus's own refusals come back as
/// <see cref="JanusException"/> with its error code.
/// </summary>
public sealed class JanusClient(HttpClient http, IOptions<MediaOptions> options)
{
    public const string HttpClientName = "janus";

    private JanusOptions Janus => options.Value.Janus;

    /// <summary>Answers Janus's <c>info</c> request (no secret needed): the health check.</summary>
    public async Task<bool> AnswersAsync(CancellationToken ct)
    {
        var reply = await PostAsync("", new JsonObject { ["janus"] = "info" }, ct);
        return reply["janus"]?.GetValue<string>() == "server_info";
    }

    public async Task<T> WithVideoRoomAsync<T>(Func<VideoRoomHandle, Task<T>> work, CancellationToken ct)
    {
        var session = Id(await PostAsync("", Request("create"), ct));
        try
        {
            var attach = Request("attach");
            attach["plugin"] = BrowserTokens.Plugin;
            var handle = Id(await PostAsync($"/{session}", attach, ct));
            return await work(new VideoRoomHandle(this, $"/{session}/{handle}", ct));
        }
        finally
        {
            await PostAsync($"/{session}", Request("destroy"), CancellationToken.None);
        }
    }

    internal async Task<JsonObject> MessageAsync(string path, JsonObject body, CancellationToken ct)
    {
        var message = Request("message");
        message["body"] = body;
        var reply = await PostAsync(path, message, ct);
        var data = reply["plugindata"]?["data"] as JsonObject
            ?? throw new JanusException(0, $"Janus answered {reply["janus"]} without plugin data");
        if (data["error_code"] is { } code) throw new JanusException(code.GetValue<int>(), data["error"]?.GetValue<string>() ?? "");
        return data;
    }

    private JsonObject Request(string verb) => new()
    {
        ["janus"] = verb,
        ["transaction"] = Guid.NewGuid().ToString("N"),
        ["apisecret"] = Janus.ApiSecret,
    };

    private async Task<JsonObject> PostAsync(string path, JsonObject request, CancellationToken ct)
    {
        request["transaction"] ??= Guid.NewGuid().ToString("N");
        using var response = await http.PostAsJsonAsync(new Uri(Janus.Url!.ToString().TrimEnd('/') + path), request, ct);
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<JsonObject>(ct) ?? throw new JsonException("Janus sent no JSON");
        if (reply["janus"]?.GetValue<string>() == "error")
            throw new JanusException(reply["error"]?["code"]?.GetValue<int>() ?? 0, reply["error"]?["reason"]?.GetValue<string>() ?? "");
        return reply;
    }

    private static long Id(JsonObject reply) => reply["data"]?["id"]?.GetValue<long>() ?? throw new JsonException("Janus sent no id");
}

/// <summary>Janus refused a request: <see cref="Code"/> is Janus's (e.g. 426 no such room, 433 unauthorized).</summary>
public sealed class JanusException(int code, string reason) : Exception($"Janus error {code}: {reason}")
{
    public const int NoSuchRoom = 426;
    public const int RoomExists = 427;
    public const int NoSuchFeed = 428;
    public const int Unauthorized = 433;
    public const int IdExists = 436;

    public int Code { get; } = code;
}
