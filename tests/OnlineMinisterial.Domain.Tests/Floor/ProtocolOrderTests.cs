using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class ProtocolOrderTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private static readonly Dictionary<Guid, HeadRank> Ranks = new()
    {
        [Kenya] = HeadRank.Ambassador,
        [Norway] = HeadRank.Minister,
        [Chile] = HeadRank.HeadOfStateOrGovernment,
        [Japan] = HeadRank.Minister,
        [Egypt] = HeadRank.SeniorOfficial,
    };

    [Fact]
    public void ApplyProtocolOrder_SortsStatementsByHeadRank_ThenTimeOfRequest()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Japan, Chile, Norway).Build();
        var version = list.Version;

        list.ApplyProtocolOrder(id => Ranks[id]);

        FloorAssert.WaitingOrder(list, Chile, Japan, Norway, Kenya);
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void ApplyProtocolOrder_OverridesEarlierManualMoves()
    {
        var list = new SpeakerListBuilder(_time).Statements(Norway, Japan).Build();
        list.Move(list.Waiting[1].Id, 0);

        list.ApplyProtocolOrder(id => Ranks[id]);

        FloorAssert.WaitingOrder(list, Norway, Japan);
    }

    [Fact]
    public void ApplyProtocolOrder_LeavesPointsOfOrderAndRightsOfReplyInPlace()
    {
        var list = new SpeakerListBuilder(_time)
            .PointOfOrder(Egypt).PointOfOrder(Chile)
            .Statements(Kenya, Norway)
            .RightOfReply(Egypt).RightOfReply(Chile)
            .Build();

        list.ApplyProtocolOrder(id => Ranks[id]);

        FloorAssert.WaitingOrder(list, Egypt, Chile, Norway, Kenya, Egypt, Chile);
    }

    [Fact]
    public void ApplyProtocolOrder_WhenAlreadyInThatOrder_LeavesVersionUnchanged()
    {
        var list = new SpeakerListBuilder(_time).Statements(Chile, Norway, Kenya).Build();
        var version = list.Version;

        list.ApplyProtocolOrder(id => Ranks[id]);

        Assert.Equal(version, list.Version);
    }

    [Fact]
    public void ApplyProtocolOrder_IsNotKeptForLaterRequests()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        list.ApplyProtocolOrder(id => Ranks[id]);

        _time.Advance(TimeSpan.FromSeconds(1));
        list.Request(Guid.NewGuid(), Chile, RequestKind.Statement, _time.GetUtcNow());

        FloorAssert.WaitingOrder(list, Norway, Kenya, Chile);
    }
}
