using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>This node's open hub connections by person, so a node can close the ones of a person whose sessions ended.</summary>
public sealed class HubConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byPerson = new();

    public void Add(string personId, HubCallerContext context) =>
        _byPerson.GetOrAdd(personId, _ => new()).TryAdd(context.ConnectionId, context);

    public void Remove(string personId, string connectionId)
    {
        if (_byPerson.TryGetValue(personId, out var connections)) connections.TryRemove(connectionId, out _);
    }

    public int Close(string personId)
    {
        if (!_byPerson.TryGetValue(personId, out var connections)) return 0;
        var closed = 0;
        foreach (var context in connections.Values)
        {
            context.Abort();
            closed++;
        }
        return closed;
    }
}
