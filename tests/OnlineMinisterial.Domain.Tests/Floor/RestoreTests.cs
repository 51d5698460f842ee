using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;
using static OnlineMinisterial.Domain.Tests.Floor.Delegations;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class RestoreTests
{
    private readonly FakeTimeProvider _time = new(SpeakerListBuilder.SessionStart);

    private static Guid IdOf(SpeakerList list, Guid delegationId) => list.Waiting.Single(r => r.DelegationId == delegationId).Id;

    [Fact]
    public void Restore_PutsARemovedRequestBackAtItsPlace()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway, Chile, Japan).Build();
        var norway = IdOf(list, Norway);
        list.Remove(norway);
        var version = list.Version;

        var restored = list.Restore(norway);

        Assert.Equal(RequestState.Waiting, restored.State);
        Assert.Equal([Kenya, Norway, Chile, Japan], list.Waiting.Select(r => r.DelegationId));
        Assert.Equal(version + 1, list.Version);
    }

    [Fact]
    public void Restore_AfterTheChairReordered_KeepsItsPlaceAmongTheOthers()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway, Chile, Japan).Build();
        var chile = IdOf(list, Chile);
        list.Remove(chile);
        list.Move(IdOf(list, Japan), 0);

        list.Restore(chile);

        Assert.Equal([Japan, Kenya, Chile, Norway], list.Waiting.Select(r => r.DelegationId));
    }

    [Fact]
    public void Restore_OfARequestThatWasNotRemoved_IsRefused_AndChangesNothing()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya, Norway).Build();
        var kenya = IdOf(list, Kenya);
        list.Withdraw(kenya, Kenya);
        var version = list.Version;

        Assert.Equal(FloorErrors.NotRemoved, Assert.Throws<DomainException>(() => list.Restore(kenya)).Code);
        Assert.Equal(FloorErrors.NotRemoved, Assert.Throws<DomainException>(() => list.Restore(IdOf(list, Norway))).Code);
        Assert.Equal(FloorErrors.RequestNotFound, Assert.Throws<DomainException>(() => list.Restore(Guid.NewGuid())).Code);
        Assert.Equal(version, list.Version);
    }

    [Fact]
    public void Restore_WhenTheDelegationHasAskedAgain_IsRefused()
    {
        var list = new SpeakerListBuilder(_time).Statements(Kenya).Build();
        var first = IdOf(list, Kenya);
        list.Remove(first);
        list.Request(Guid.NewGuid(), Kenya, RequestKind.Statement, _time.GetUtcNow());

        Assert.Equal(FloorErrors.AlreadyOnList, Assert.Throws<DomainException>(() => list.Restore(first)).Code);
        Assert.Single(list.Waiting);
    }
}
