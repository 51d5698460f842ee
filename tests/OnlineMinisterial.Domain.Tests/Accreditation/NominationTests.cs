using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Accreditation;

public class NominationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static Nomination Alternate() =>
        Nomination.ForDelegation(Guid.NewGuid(), Guid.NewGuid(), SeatRole.Alternate, " Aigerim Sadykova ", "Aigerim@Example.org", "ru", "focal", Now);

    [Fact]
    public void ForDelegation_IsPending_WithNormalisedEmail()
    {
        var n = Alternate();
        Assert.Equal(NominationState.Pending, n.State);
        Assert.Equal("aigerim@example.org", n.Email);
        Assert.Equal("Aigerim Sadykova", n.DisplayName);
    }

    [Fact]
    public void Reject_WithoutReason_IsRefused_AndStaysPending()
    {
        var n = Alternate();
        Assert.Equal(AccreditationErrors.ReasonRequired, Assert.Throws<DomainException>(() => n.Reject("sec", " ", Now)).Code);
        Assert.Equal(NominationState.Pending, n.State);
    }

    [Fact]
    public void Approve_AfterReject_IsRefused()
    {
        var n = Alternate();
        n.Reject("sec", "Not on the credentials letter.", Now);
        Assert.Equal(AccreditationErrors.NotPending, Assert.Throws<DomainException>(() => n.Approve("sec", "p", Now)).Code);
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("two@@example.org")]
    [InlineData("a@b")]
    [InlineData("spaces in@example.org")]
    public void ForDelegation_ImplausibleEmail_IsRefused(string email)
    {
        Assert.Throws<DomainException>(() =>
            Nomination.ForDelegation(Guid.NewGuid(), Guid.NewGuid(), SeatRole.Adviser, "Name", email, "en", null, Now));
    }

    [Fact]
    public void Request_NeedsAnOrganisation()
    {
        Assert.Throws<DomainException>(() => Nomination.Request(Guid.NewGuid(), ParticipantCategory.Press, "Reporter", "r@news.example", "en", "", Now));
        var n = Nomination.Request(Guid.NewGuid(), ParticipantCategory.Press, "Reporter", "r@news.example", "en", "Daily News", Now);
        Assert.Null(n.DelegationId);
        Assert.Equal(ParticipantCategory.Press, n.Category);
    }
}
