using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Accreditation;

public class NominationLimitsTests
{
    private static readonly NominationLimits Limits = NominationLimits.UnGeneralAssembly;

    [Fact]
    public void Check_SixthRepresentative_IsRefused_TheHeadCounting()
    {
        SeatRole[] five = [SeatRole.Head, .. Enumerable.Repeat(SeatRole.Representative, 4)];
        var e = Assert.Throws<DomainException>(() => Limits.Check(five, SeatRole.Representative));
        Assert.Equal(AccreditationErrors.LimitReached, e.Code);
        Assert.Contains("at most 5 representatives (the head included)", e.Message);
        Limits.Check(five[..4], SeatRole.Representative);
    }

    [Fact]
    public void Check_SixthAlternate_IsRefused()
    {
        var five = Enumerable.Repeat(SeatRole.Alternate, 5).ToList();
        var e = Assert.Throws<DomainException>(() => Limits.Check(five, SeatRole.Alternate));
        Assert.Equal(AccreditationErrors.LimitReached, e.Code);
        Assert.Contains("at most 5 alternates", e.Message);
        Limits.Check(five, SeatRole.Representative);
    }

    [Fact]
    public void Check_Advisers_AreNotLimitedByDefault_ButCanBe()
    {
        var many = Enumerable.Repeat(SeatRole.Adviser, 40).ToList();
        Limits.Check(many, SeatRole.Adviser);
        var e = Assert.Throws<DomainException>(() => new NominationLimits(Advisers: 40).Check(many, SeatRole.Adviser));
        Assert.Contains("at most 40 advisers", e.Message);
    }

    [Fact]
    public void Check_SecondHead_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Limits.Check([SeatRole.Head], SeatRole.Head));
        Assert.Equal(AccreditationErrors.HeadExists, e.Code);
    }
}
