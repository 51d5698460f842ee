using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Domain.Tests.Floor;

public class FloorLimitsTests
{
    [Fact]
    public void Default_GivesThreeMinuteStatements_FiveOnBehalfOfGroup_OneMinuteReplies_AndUntimedPointsOfOrder()
    {
        var limits = FloorLimits.Default;
        Assert.Equal(TimeSpan.FromMinutes(3), limits.LimitFor(RequestKind.Statement, onBehalfOfGroup: false));
        Assert.Equal(TimeSpan.FromMinutes(5), limits.LimitFor(RequestKind.Statement, onBehalfOfGroup: true));
        Assert.Equal(TimeSpan.FromMinutes(1), limits.LimitFor(RequestKind.RightOfReply, onBehalfOfGroup: false));
        Assert.Null(limits.LimitFor(RequestKind.PointOfOrder, onBehalfOfGroup: false));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Create_WithLimitNotAboveZero_IsRefused(int seconds)
    {
        var ex = Assert.Throws<DomainException>(() =>
            new FloorLimits(TimeSpan.FromSeconds(seconds), null, null, null));
        Assert.Equal(FloorErrors.InvalidLimit, ex.Code);
    }

    [Fact]
    public void Create_WithoutAnyLimit_IsAllowed()
    {
        var limits = new FloorLimits(null, null, null, null);
        Assert.Null(limits.LimitFor(RequestKind.Statement, onBehalfOfGroup: false));
    }

    [Fact]
    public void Limits_WithSameValues_AreEqual()
    {
        Assert.Equal(FloorLimits.Default, new FloorLimits(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), null));
    }
}
