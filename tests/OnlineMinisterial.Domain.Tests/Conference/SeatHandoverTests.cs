using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

/// <summary>Who may hand the seat to whom, and who may take it: the delegation keeps exactly one seat holder.</summary>
public class SeatHandoverTests
{
    private readonly Delegation _d = Delegation.Create(Guid.NewGuid(), Guid.NewGuid(), "Canada", "CAN", DelegationKind.MemberState, HeadRank.Minister);
    private readonly Member _head;
    private readonly Member _alternate;
    private readonly Member _secondAlternate;
    private readonly Member _adviser;

    public SeatHandoverTests()
    {
        _head = new Member("head", _d.Id, SeatRole.Head);
        _alternate = new Member("alt", _d.Id, SeatRole.Alternate);
        _secondAlternate = new Member("alt2", _d.Id, SeatRole.Alternate);
        _adviser = new Member("adv", _d.Id, SeatRole.Adviser);
        _d.AssignSeat(_head);
    }

    private void Refused(string code, Action attempt)
    {
        var (holder, version) = (_d.SeatHolderId, _d.Version);
        Assert.Equal(code, Assert.Throws<DomainException>(attempt).Code);
        Assert.Equal((holder, version), (_d.SeatHolderId, _d.Version));
    }

    [Fact]
    public void HandSeat_SpendsOneVersion()
    {
        _d.HandSeat(_head, _alternate);
        Assert.Equal(("alt", 2), (_d.SeatHolderId, _d.Version));
    }

    [Fact]
    public void AnAlternate_CannotHandTheSeat_EvenToAnotherAlternate()
    {
        Refused(ErrorCodes.SeatTransferInvalid, () => _d.HandSeat(_alternate, _secondAlternate));
    }

    [Fact]
    public void TheHead_CannotHandTheSeatToWhoAlreadyHoldsIt()
    {
        Refused(ErrorCodes.SeatTransferInvalid, () => _d.HandSeat(_head, _head));
    }

    [Fact]
    public void HandSeat_ByOrToAStranger_IsRefused()
    {
        var strangerHead = new Member("x.head", Guid.NewGuid(), SeatRole.Head);
        var strangerAlternate = new Member("x.alt", Guid.NewGuid(), SeatRole.Alternate);
        Refused(ErrorCodes.NotYourDelegation, () => _d.HandSeat(strangerHead, _alternate));
        Refused(ErrorCodes.NotYourDelegation, () => _d.HandSeat(_head, strangerAlternate));
    }

    [Fact]
    public void AnAdviser_CannotTakeTheSeat_EvenWhenTheHolderHasDroppedOut()
    {
        Refused(ErrorCodes.SeatTransferInvalid, () => _d.TakeSeat(_adviser, holderPresent: false));
    }

    [Fact]
    public void TheHolder_CannotTakeTheSeatAgain()
    {
        Refused(ErrorCodes.SeatTransferInvalid, () => _d.TakeSeat(_head, holderPresent: false));
    }

    [Fact]
    public void TheHead_TakesTheSeatBack_EvenWhileTheAlternateHoldingItIsPresent()
    {
        _d.HandSeat(_head, _alternate);
        _d.TakeSeat(_head, holderPresent: true);
        Assert.Equal(("head", 3), (_d.SeatHolderId, _d.Version));
    }

    [Fact]
    public void AnAlternate_TakesAnEmptySeat_WhateverThePresenceSays()
    {
        var d = Delegation.Create(Guid.NewGuid(), Guid.NewGuid(), "India", "IND", DelegationKind.MemberState, HeadRank.Minister);
        d.TakeSeat(new Member("ind.alt", d.Id, SeatRole.Alternate), holderPresent: true);
        Assert.Equal("ind.alt", d.SeatHolderId);
    }
}
