using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

public class DelegationSeatTests
{
    private static readonly Guid ConferenceId = Guid.NewGuid();

    private static (Delegation delegation, Member head, Member alternate, Member adviser) Kazakhstan()
    {
        var d = Delegation.Create(Guid.NewGuid(), ConferenceId, "Kazakhstan", "kaz", DelegationKind.MemberState, HeadRank.Minister);
        var head = new Member("head", d.Id, SeatRole.Head);
        var alt = new Member("alt", d.Id, SeatRole.Alternate);
        var adv = new Member("adv", d.Id, SeatRole.Adviser);
        d.AssignSeat(head);
        return (d, head, alt, adv);
    }

    [Fact]
    public void Create_MemberState_VotesByDefault_AndCodeIsUpperCase()
    {
        var (d, _, _, _) = Kazakhstan();
        Assert.True(d.Votes);
        Assert.Equal("KAZ", d.Code);
    }

    [Fact]
    public void Create_InternationalOrganization_DoesNotVoteByDefault()
    {
        var d = Delegation.Create(Guid.NewGuid(), ConferenceId, "United Nations Office on Drugs and Crime", "UNODC", DelegationKind.InternationalOrganization, HeadRank.SeniorOfficial);
        Assert.False(d.Votes);
    }

    [Fact]
    public void HandSeat_ByHeadToAlternate_MovesSeat()
    {
        var (d, head, alt, _) = Kazakhstan();
        d.HandSeat(head, alt);
        Assert.Equal("alt", d.SeatHolderId);
    }

    [Fact]
    public void HandSeat_ByAlternate_IsRefused()
    {
        var (d, head, alt, _) = Kazakhstan();
        var ex = Assert.Throws<DomainException>(() => d.HandSeat(alt, head));
        Assert.Equal(ErrorCodes.SeatTransferInvalid, ex.Code);
        Assert.Equal("head", d.SeatHolderId);
    }

    [Fact]
    public void HandSeat_ToAdviser_IsRefused()
    {
        var (d, head, _, adv) = Kazakhstan();
        Assert.Throws<DomainException>(() => d.HandSeat(head, adv));
    }

    [Fact]
    public void TakeSeat_ByAlternate_WhenHolderPresent_IsRefused()
    {
        var (d, _, alt, _) = Kazakhstan();
        var ex = Assert.Throws<DomainException>(() => d.TakeSeat(alt, holderPresent: true));
        Assert.Equal(ErrorCodes.SeatTransferInvalid, ex.Code);
    }

    [Fact]
    public void TakeSeat_ByAlternate_WhenHolderDroppedOut_TakesIt()
    {
        var (d, _, alt, _) = Kazakhstan();
        var before = d.Version;
        d.TakeSeat(alt, holderPresent: false);
        Assert.Equal("alt", d.SeatHolderId);
        Assert.Equal(before + 1, d.Version);
    }

    [Fact]
    public void TakeSeat_ByMemberOfAnotherDelegation_IsRefused()
    {
        var (d, _, _, _) = Kazakhstan();
        var stranger = new Member("x", Guid.NewGuid(), SeatRole.Alternate);
        var ex = Assert.Throws<DomainException>(() => d.TakeSeat(stranger, holderPresent: false));
        Assert.Equal(ErrorCodes.NotYourDelegation, ex.Code);
    }
}
