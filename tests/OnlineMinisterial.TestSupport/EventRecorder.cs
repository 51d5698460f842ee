using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;

namespace OnlineMinisterial.TestSupport;

/// <summary>Records one hub event's payloads and lets a test wait (bounded) until one matches.</summary>
public sealed class EventRecorder<T>
{
    private readonly ConcurrentQueue<T> _received = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public EventRecorder(HubConnection connection, string eventName)
    {
        connection.On<T>(eventName, payload =>
        {
            _received.Enqueue(payload);
            Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        });
    }

    public IReadOnlyCollection<T> Received => _received;

    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var next = _next.Task;
            var found = _received.FirstOrDefault(match);
            if (found is not null) return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(next, Task.Delay(left)) != next)
                throw new TimeoutException($"No {typeof(T).Name} matched within the time allowed; received {_received.Count}.");
        }
    }
}
