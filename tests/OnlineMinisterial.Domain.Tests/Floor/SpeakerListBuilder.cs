using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Domain.Tests.Floor;

/// <summary>
/// Builds a speaker list through its public operations, in the order called. Each request comes one second
/// after the previous one so that times of request differ, as they do in a room.
/// </summary>
internal sealed class SpeakerListBuilder(FakeTimeProvider time, FloorLimits? limits = null)
{
    public static readonly DateTimeOffset SessionStart = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);

    private readonly SpeakerList _list = SpeakerList.Create(Guid.NewGuid(), limits ?? FloorLimits.Default);

    public SpeakerListBuilder Statement(Guid delegationId, bool onBehalfOfGroup = false) =>
        Request(delegationId, RequestKind.Statement, onBehalfOfGroup);

    public SpeakerListBuilder PointOfOrder(Guid delegationId) => Request(delegationId, RequestKind.PointOfOrder);

    public SpeakerListBuilder RightOfReply(Guid delegationId) => Request(delegationId, RequestKind.RightOfReply);

    public SpeakerListBuilder Statements(params Guid[] delegationIds)
    {
        foreach (var id in delegationIds) Statement(id);
        return this;
    }

    /// <summary>A finished speech: the chair adds the delegation, gives it the floor and ends it after <paramref name="duration"/>.</summary>
    public SpeakerListBuilder Spoke(Guid delegationId, TimeSpan duration, RequestKind kind = RequestKind.Statement)
    {
        var request = _list.Add(Guid.NewGuid(), delegationId, kind, time.GetUtcNow());
        _list.GiveFloorTo(request.Id, time.GetUtcNow());
        time.Advance(duration);
        _list.EndSpeech(time.GetUtcNow());
        return this;
    }

    public SpeakerListBuilder Closed()
    {
        _list.Close();
        return this;
    }

    public SpeakerList Build() => _list;

    private SpeakerListBuilder Request(Guid delegationId, RequestKind kind, bool onBehalfOfGroup = false)
    {
        time.Advance(TimeSpan.FromSeconds(1));
        _list.Request(Guid.NewGuid(), delegationId, kind, time.GetUtcNow(), onBehalfOfGroup: onBehalfOfGroup);
        return this;
    }
}
