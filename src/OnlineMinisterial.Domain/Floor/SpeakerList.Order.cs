using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Floor;

public sealed partial class SpeakerList
{
    /// <summary>
    /// The waiting requests as everyone sees them: points of order, then statements, then rights of reply;
    /// inside each group by <see cref="FloorRequest.Position"/>, which starts as arrival order.
    /// </summary>
    public IReadOnlyList<FloorRequest> Waiting => OrderedWaiting();

    /// <summary>1-based place of the delegation's first waiting request in <see cref="Waiting"/>; null when it is not waiting.</summary>
    public int? PlaceOf(Guid delegationId)
    {
        var index = OrderedWaiting().FindIndex(r => r.DelegationId == delegationId);
        return index < 0 ? null : index + 1;
    }

    /// <summary>
    /// Moves a waiting request to <paramref name="index"/> (0-based) of <see cref="Waiting"/>, where it ends up
    /// if that place is inside its own kind group. A request never leaves its group, so a place beyond the group
    /// snaps to the group's nearest end: a statement dropped above a point of order becomes the first statement,
    /// one dropped below the rights of reply the last statement. That is what a chair dragging a row expects,
    /// and it keeps points of order ahead. An index outside the whole waiting list is refused.
    /// </summary>
    public void Move(Guid requestId, int index)
    {
        var request = FindWaiting(requestId);
        var waiting = OrderedWaiting();
        Guard.That(index >= 0 && index < waiting.Count, FloorErrors.PositionOutOfRange,
            $"Place {index} is outside the waiting list of {waiting.Count}.");

        var group = WaitingOf(request.Kind);
        var groupStart = waiting.IndexOf(group[0]);
        var target = Math.Clamp(index - groupStart, 0, group.Count - 1);
        var from = group.IndexOf(request);
        if (target == from) return;

        group.RemoveAt(from);
        group.Insert(target, request);
        Renumber(group);
        Version++;
    }

    /// <summary>
    /// Orders the waiting statements by the rank of their delegation's head (lower first), then by time of request.
    /// Rank is asked for rather than stored because it belongs to the delegation and may change. Points of order
    /// and rights of reply keep their places.
    /// </summary>
    public void ApplyProtocolOrder(Func<Guid, HeadRank> headRankOf)
    {
        ArgumentNullException.ThrowIfNull(headRankOf);
        var statements = WaitingOf(RequestKind.Statement);
        var ordered = statements
            .OrderBy(r => headRankOf(r.DelegationId))
            .ThenBy(r => r.RequestedAt)
            .ThenBy(r => r.Id)
            .ToList();
        if (ordered.SequenceEqual(statements)) return;

        Renumber(ordered);
        Version++;
    }

    private List<FloorRequest> OrderedWaiting() =>
        _requests
            .Where(r => r.State == RequestState.Waiting)
            .OrderBy(r => GroupOf(r.Kind))
            .ThenBy(r => r.Position)
            .ThenBy(r => r.RequestedAt)
            .ThenBy(r => r.Id)
            .ToList();

    private List<FloorRequest> WaitingOf(RequestKind kind) => OrderedWaiting().FindAll(r => r.Kind == kind);

    private int NextPosition(RequestKind kind) =>
        _requests.Where(r => r.Kind == kind && r.State == RequestState.Waiting).Select(r => r.Position).DefaultIfEmpty(-1).Max() + 1;

    private static void Renumber(List<FloorRequest> group)
    {
        for (var i = 0; i < group.Count; i++) group[i].PlaceAt(i);
    }

    private static int GroupOf(RequestKind kind) => kind switch
    {
        RequestKind.PointOfOrder => 0,
        RequestKind.Statement => 1,
        RequestKind.RightOfReply => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
