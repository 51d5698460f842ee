using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Floor;

/// <summary>
/// The list of speakers of one session. It owns the requests and the speeches together so that the order,
/// the running speech and the history change under one <see cref="Version"/>.
/// </summary>
public sealed partial class SpeakerList
{
    private readonly List<FloorRequest> _requests = [];
    private readonly List<Speech> _speeches = [];

    private SpeakerList() { }

    public Guid SessionId { get; private set; }
    public FloorLimits Limits { get; private set; } = FloorLimits.Default;
    public bool IsClosed { get; private set; }

    /// <summary>Optimistic concurrency token: bumped once by every operation that changes something, never by a refusal or a repeat.</summary>
    public int Version { get; private set; }

    // Ordered by time rather than by list position: a database load does not keep insertion order.
    public IReadOnlyList<FloorRequest> Requests =>
        _requests.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).ToList();

    public IReadOnlyList<Speech> Speeches =>
        _speeches.OrderBy(s => s.StartedAt).ThenBy(s => s.IsRunning).ToList();

    public Speech? Current => _speeches.SingleOrDefault(s => s.IsRunning);

    public static SpeakerList Create(Guid sessionId, FloorLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new SpeakerList { SessionId = sessionId, Limits = limits };
    }

    /// <summary>Stops delegates from adding statements and replies; points of order and the chair still get in.</summary>
    public void Close()
    {
        if (IsClosed) return;
        IsClosed = true;
        Version++;
    }

    public void Reopen()
    {
        if (!IsClosed) return;
        IsClosed = false;
        Version++;
    }

    /// <summary>New limits apply from the next speech; a running speech keeps its end time (the chair extends it explicitly).</summary>
    public void ChangeLimits(FloorLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits == Limits) return;
        Limits = limits;
        Version++;
    }

    /// <summary>Totals of finished speeches per delegation; the running speech counts once it ends.</summary>
    public IReadOnlyDictionary<Guid, SpeakingTotal> SpeakingTotals() =>
        _speeches
            .Where(s => !s.IsRunning)
            .GroupBy(s => s.DelegationId)
            .ToDictionary(
                g => g.Key,
                g => new SpeakingTotal(new TimeSpan(g.Sum(s => s.SpokenDuration!.Value.Ticks)), g.Count()));

    private FloorRequest Find(Guid requestId) =>
        _requests.SingleOrDefault(r => r.Id == requestId)
        ?? throw new DomainException(FloorErrors.RequestNotFound, "There is no such request on this list of speakers.");

    private FloorRequest FindWaiting(Guid requestId)
    {
        var request = Find(requestId);
        Guard.That(request.State == RequestState.Waiting, FloorErrors.NotWaiting, $"That request is {request.State}, not waiting.");
        return request;
    }

    private FloorRequest? OpenRequestOf(Guid delegationId, RequestKind kind) =>
        _requests.SingleOrDefault(r => r.DelegationId == delegationId && r.Kind == kind && r.IsOpen);
}
