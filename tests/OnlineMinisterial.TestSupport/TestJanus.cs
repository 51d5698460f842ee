using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OnlineMinisterial.TestSupport;

/// <summary>
/// The real Janus the test command starts on loopback (scripts/janus.sh), and the host settings that use it.
/// <see cref="Admin"/> reads rooms back through Janus's own API with the API secret; <see cref="BrowserAsync"/>
/// talks to it as a page does, with only what the host gave that person.
/// </summary>
public static class TestJanus
{
    public const string Variable = "ONLINEMINISTERIAL_TEST_JANUS";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Values = new(() =>
        (Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set: run the tests with scripts/test.sh, or start scripts/janus.sh and export it."))
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => p[0], p => p[1]));

    public static Uri Url => new(Values.Value["Url"]);

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Media:Provider"] = "Janus",
        ["Media:Janus:Url"] = Values.Value["Url"],
        ["Media:Janus:ApiSecret"] = Values.Value["ApiSecret"],
        ["Media:Janus:TokenSecret"] = Values.Value["TokenSecret"],
        ["Media:Janus:AdminKey"] = Values.Value["AdminKey"],
        // A secret of its own per host: hosts sharing this Janus never see (nor destroy) each other's rooms.
        ["Media:Janus:RoomSecret"] = Values.Value["RoomSecret"] + Guid.NewGuid().ToString("N"),
        ["Media:Janus:ReconcileSeconds"] = "1",
    };

    /// <summary>A Janus session as the host has one (API secret): read rooms back.</summary>
    public static Task<JanusSession> Admin() => JanusSession.CreateAsync(Url, new JsonObject { ["apisecret"] = Values.Value["ApiSecret"] });

    /// <summary>A Janus session as a browser has one: only the short-lived token the host gave.</summary>
    public static Task<JanusSession> BrowserAsync(string token) => JanusSession.CreateAsync(Url, new JsonObject { ["token"] = token });

    /// <summary>Polls until <paramref name="done"/> holds or <paramref name="within"/> passes (the host follows changes off the command's path).</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < until)
        {
            if (await done()) return true;
            await Task.Delay(50);
        }
        return await done();
    }
}

/// <summary>One Janus session with a VideoRoom handle, over the HTTP API (events by long poll).</summary>
public sealed class JanusSession : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(40) };
    private readonly Uri _url;
    private readonly JsonObject _auth;
    private readonly long _session;
    private readonly long _handle;

    private JanusSession(Uri url, JsonObject auth, long session, long handle) => (_url, _auth, _session, _handle) = (url, auth, session, handle);

    public static async Task<JanusSession> CreateAsync(Uri url, JsonObject auth)
    {
        var session = Id(await PostAsync(url, "", With(auth, new JsonObject { ["janus"] = "create" })));
        var handle = Id(await PostAsync(url, $"/{session}", With(auth, new JsonObject { ["janus"] = "attach", ["plugin"] = "janus.plugin.videoroom" })));
        return new JanusSession(url, auth, session, handle);
    }

    /// <summary>A synchronous VideoRoom request (exists, listparticipants, allowed with the room secret...): its plugin data.</summary>
    public async Task<JsonObject> RequestAsync(JsonObject body) =>
        (JsonObject)(await PostAsync(_url, $"/{_session}/{_handle}", With(_auth, new JsonObject { ["janus"] = "message", ["body"] = body })))["plugindata"]!["data"]!;

    /// <summary>An asynchronous request (join, publish): acknowledged, then answered by an event on the long poll.</summary>
    public async Task<JsonObject> AskAsync(JsonObject body, JsonObject? jsep = null)
    {
        var message = With(_auth, new JsonObject { ["janus"] = "message", ["body"] = body });
        if (jsep is not null) message["jsep"] = jsep;
        await PostAsync(_url, $"/{_session}/{_handle}", message);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < until)
        {
            var auth = _auth.TryGetPropertyValue("token", out var t) ? $"&token={Uri.EscapeDataString(t!.GetValue<string>())}"
                : $"&apisecret={Uri.EscapeDataString(_auth["apisecret"]!.GetValue<string>())}";
            var events = await Http.GetFromJsonAsync<JsonNode>(new Uri($"{_url}/{_session}?maxev=1&rid={Environment.TickCount64}{auth}"));
            var one = events is JsonArray a ? a.FirstOrDefault() : events;
            if (one?["janus"]?.GetValue<string>() == "event" && one["plugindata"]?["data"] is JsonObject data) return data;
        }
        throw new TimeoutException("Janus sent no answer to " + body["request"]);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PostAsync(_url, $"/{_session}", With(_auth, new JsonObject { ["janus"] = "destroy" }));
        }
        catch (JanusRefusedException)
        {
            // Already gone (kicked out of a destroyed room keeps the session; a timed-out one does not).
        }
    }

    private static JsonObject With(JsonObject auth, JsonObject request)
    {
        foreach (var (key, value) in auth) request[key] = value?.DeepClone();
        request["transaction"] = Guid.NewGuid().ToString("N");
        return request;
    }

    private static async Task<JsonObject> PostAsync(Uri url, string path, JsonObject request)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(url + path), request);
        var reply = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        if (reply["janus"]?.GetValue<string>() == "error") throw new JanusRefusedException(reply["error"]!["code"]!.GetValue<int>());
        return reply;
    }

    private static long Id(JsonObject reply) => reply["data"]!["id"]!.GetValue<long>();
}

/// <summary>Janus itself refused a request (its core: 403 unauthorized, 458 no such session...).</summary>
public sealed class JanusRefusedException(int code) : Exception($"Janus refused the request ({code})")
{
    public int Code { get; } = code;
}
