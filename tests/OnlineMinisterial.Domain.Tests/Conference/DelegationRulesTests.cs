using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Conference;

/// <summary>Setting up and correcting a delegation, and the seat rules around its members.</summary>
public class DelegationRulesTests
{
    private static Delegation Mexico(bool? votes = null) =>
        Delegation.Create(Guid.NewGuid(), Guid.NewGuid(), "  Mexico ", " mex ", DelegationKind.MemberState, HeadRank.Minister, votes);

    [Fact]
    public void Create_TrimsTheName_AndAMemberStateMayBeSetNotToVote()
    {
        var d = Mexico(votes: false);
        Assert.Equal(("Mexico", "MEX", HeadRank.Minister, 0), (d.Name, d.Code, d.HeadRank, d.Version));
        Assert.False(d.Votes);
    }

    [Theory]
    [InlineData("", "MEX", ErrorCodes.TextRequired)]
    [InlineData("  ", "MEX", ErrorCodes.TextRequired)]
    [InlineData("Mexico", "", ErrorCodes.InvalidArgument)]
    [InlineData("Mexico", "   ", ErrorCodes.InvalidArgument)]
    [InlineData("Mexico", "ABCDEFGHIJKLMNOPQ", ErrorCodes.InvalidArgument)]
    public void Create_WithoutNameOrWithoutAShortCode_IsRefused(string name, string code, string expected)
    {
        var ex = Assert.Throws<DomainException>(() =>
            Delegation.Create(Guid.NewGuid(), Guid.NewGuid(), name, code, DelegationKind.MemberState, HeadRank.Minister));
        Assert.Equal(expected, ex.Code);
    }

    [Fact]
    public void ACodeOfSixteenCharacters_IsTheLongestAccepted()
    {
        var d = Delegation.Create(Guid.NewGuid(), Guid.NewGuid(), "Inter-American Drug Abuse Control", "ABCDEFGHIJKLMNOP", DelegationKind.InternationalOrganization, HeadRank.SeniorOfficial);
        Assert.Equal(16, d.Code.Length);
    }

    [Fact]
    public void Edit_CorrectsNameKindVoteAndRank_InOneVersion_AndKeepsTheCode()
    {
        var d = Mexico();
        d.Edit(" United Mexican States ", DelegationKind.Observer, votes: false, HeadRank.Ambassador);
        Assert.Equal(("United Mexican States", DelegationKind.Observer, false, HeadRank.Ambassador, "MEX", 1),
            (d.Name, d.Kind, d.Votes, d.HeadRank, d.Code, d.Version));
    }

    [Fact]
    public void Edit_NameOfTwoHundredCharacters_IsTheLongestAccepted()
    {
        var d = Mexico();
        d.Edit(new string('m', 200), DelegationKind.MemberState, true, HeadRank.Minister);
        Assert.Equal(200, d.Name.Length);
    }

    public static TheoryData<string, DelegationKind, HeadRank, string> BadEdits() => new()
    {
        { "", DelegationKind.MemberState, HeadRank.Minister, ErrorCodes.TextRequired },
        { "  ", DelegationKind.MemberState, HeadRank.Minister, ErrorCodes.TextRequired },
        { new string('m', 201), DelegationKind.MemberState, HeadRank.Minister, ErrorCodes.TextTooLong },
        { "Mexico", (DelegationKind)42, HeadRank.Minister, ErrorCodes.InvalidArgument },
        { "Mexico", DelegationKind.MemberState, (HeadRank)42, ErrorCodes.InvalidArgument },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public void Edit_WithABadNameKindOrRank_IsRefused_AndChangesNothing(string name, DelegationKind kind, HeadRank rank, string expected)
    {
        var d = Mexico();
        var ex = Assert.Throws<DomainException>(() => d.Edit(name, kind, false, rank));
        Assert.Equal(expected, ex.Code);
        Assert.Equal(("Mexico", true, 0), (d.Name, d.Votes, d.Version));
    }

    [Fact]
    public void SetFocalPoint_NamesThePerson_InANewVersion()
    {
        var d = Mexico();
        d.SetFocalPoint("mex.head");
        Assert.Equal(("mex.head", 1), (d.FocalPointId, d.Version));
    }

    [Fact]
    public void AssignSeat_SeatsAMember_InANewVersion_ButNeverAStranger()
    {
        var d = Mexico();
        d.AssignSeat(new Member("head", d.Id, SeatRole.Head));
        Assert.Equal(("head", 1), (d.SeatHolderId, d.Version));

        var ex = Assert.Throws<DomainException>(() => d.AssignSeat(new Member("x", Guid.NewGuid(), SeatRole.Head)));
        Assert.Equal(ErrorCodes.NotYourDelegation, ex.Code);
        Assert.Equal(("head", 1), (d.SeatHolderId, d.Version));
    }
}
