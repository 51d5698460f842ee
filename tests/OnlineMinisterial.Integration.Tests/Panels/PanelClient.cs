using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Integration.Tests.Panels;

/// <summary>
/// One person's panel hub connection. Every payload it receives, events and call results alike, is kept as the JSON
/// that came over the wire, so a test can search all of it (who may see an anonymous question's author).
/// </summary>
internal sealed class PanelClient
{
    public const string HubPath = "/hubs/panel";

    private readonly ConcurrentQueue<string> _payloads = new();
    private readonly ConcurrentQueue<(string Name, string Json)> _events = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PanelClient(Participant participant, HubConnection connection, string personId, string displayName)
    {
        Participant = participant;
        Connection = connection;
        PersonId = personId;
        DisplayName = displayName;
        // Every event of the contract, so a new one is searched too. The payload is kept as text: the element
        // SignalR hands over is only valid during the handler.
        foreach (var name in typeof(IPanelClient).GetMethods().Select(m => m.Name))
        {
            connection.On<JsonElement>(name, payload =>
            {
                var json = payload.GetRawText();
                _payloads.Enqueue($"{name} {json}");
                _events.Enqueue((name, json));
                Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            });
        }
    }

    public Participant Participant { get; }
    public HubConnection Connection { get; }
    public string PersonId { get; }
    public string DisplayName { get; }

    public IReadOnlyCollection<string> Payloads => _payloads;

    public Task<PanelSnapshot> JoinAsync(Guid sessionId) => InvokeAsync<PanelSnapshot>("JoinPanel", sessionId);

    public Task<PanelSnapshot> PanelAsync(Guid sessionId) => InvokeAsync<PanelSnapshot>("GetPanel", sessionId);

    public Task<QuestionReceipt> AskAsync(Guid sessionId, string text, bool anonymous = false, string? to = null, Guid? id = null) =>
        InvokeAsync<QuestionReceipt>("SubmitQuestion", sessionId, id ?? Guid.NewGuid(), text, anonymous, to);

    public Task<VoteReceipt> UpvoteAsync(Guid sessionId, Guid questionId) => InvokeAsync<VoteReceipt>("Upvote", sessionId, questionId);

    public async Task<T> InvokeAsync<T>(string method, params object?[] args)
    {
        var result = await Connection.InvokeCoreAsync<JsonElement>(method, args);
        _payloads.Enqueue($"{method}() {result.GetRawText()}");
        return result.Deserialize<T>(Json.Options)!;
    }

    /// <summary>Waits (bounded) for an event of <paramref name="name"/> whose payload matches.</summary>
    public async Task<T> EventAsync<T>(string name, Func<T, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var next = _next.Task;
            foreach (var found in Events<T>(name))
                if (match(found)) return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(next, Task.Delay(left)) != next)
                throw new TimeoutException($"No {name} matched within the time allowed; received {Events<T>(name).Count}.");
        }
    }

    public Task<QuestionChange> QuestionChangeAsync(int version) =>
        EventAsync<QuestionChange>(nameof(IPanelClient.QuestionChanged), c => c.Version == version);

    public IReadOnlyList<T> Events<T>(string name) =>
        _events.Where(e => e.Name == name).Select(e => JsonSerializer.Deserialize<T>(e.Json, Json.Options)!).ToList();
}
