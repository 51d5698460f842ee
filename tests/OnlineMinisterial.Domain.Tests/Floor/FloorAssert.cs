using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Domain.Tests.Floor;

internal static class FloorAssert
{
    /// <summary>Asserts the operation is refused with <paramref name="code"/> and leaves the list untouched.</summary>
    public static DomainException Refused(SpeakerList list, string code, Action operation)
    {
        var version = list.Version;
        var waiting = list.Waiting.Select(r => (r.Id, r.Position)).ToList();
        var ex = Assert.Throws<DomainException>(operation);
        Assert.Equal(code, ex.Code);
        Assert.Equal(version, list.Version);
        Assert.Equal(waiting, list.Waiting.Select(r => (r.Id, r.Position)).ToList());
        return ex;
    }

    public static void WaitingOrder(SpeakerList list, params Guid[] delegationIds) =>
        Assert.Equal(delegationIds, list.Waiting.Select(r => r.DelegationId).ToArray());
}
