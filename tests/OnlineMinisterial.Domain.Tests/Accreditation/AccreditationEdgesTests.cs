using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Accreditation;

/// <summary>Links, addresses and nominations at their edges: the last valid instant, the longest name, one version per decision.</summary>
public class AccreditationEdgesTests
{
    private static readonly string Token = new('t', 32);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void ALinkToken_OfThirtyTwoCharacters_IsTheShortestAccepted()
    {
        Assert.NotNull(AccessLink.Issue(AccessLinkPurpose.Setup, null, Token, Now, TimeSpan.FromHours(1)));
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() =>
            AccessLink.Issue(AccessLinkPurpose.Setup, null, new string('t', 31), Now, TimeSpan.FromHours(1))).Code);
    }

    [Fact]
    public void ALink_MustLiveForSomeTime()
    {
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() =>
            AccessLink.Issue(AccessLinkPurpose.Setup, null, Token, Now, TimeSpan.Zero)).Code);
    }

    [Fact]
    public void OnlyTheSetupLink_NeedsNoPerson()
    {
        Assert.Null(AccessLink.Issue(AccessLinkPurpose.Setup, null, Token, Now, TimeSpan.FromHours(1)).PersonId);
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() =>
            AccessLink.Issue(AccessLinkPurpose.Invitation, null, Token, Now, TimeSpan.FromHours(1))).Code);
        Assert.Equal("p1", AccessLink.Issue(AccessLinkPurpose.Invitation, "p1", Token, Now, TimeSpan.FromHours(1)).PersonId);
    }

    [Fact]
    public void ALink_IsUsableUntilTheLastMomentBeforeItExpires_AndOnlyOnce()
    {
        var link = AccessLink.Issue(AccessLinkPurpose.Invitation, "p1", Token, Now, TimeSpan.FromHours(1));
        Assert.Equal((Now, Now.AddHours(1), AccessLink.Hash(Token)), (link.CreatedAt, link.ExpiresAt, link.TokenHash));
        Assert.True(link.IsUsable(Now.AddHours(1).AddTicks(-1)));
        Assert.False(link.IsUsable(Now.AddHours(1)));

        link.Redeem(Now.AddMinutes(5));
        Assert.False(link.IsUsable(Now.AddMinutes(6)));
    }

    [Fact]
    public void RevokingAnExpiredOrUsedLink_LeavesItsTimesAlone()
    {
        var used = AccessLink.Issue(AccessLinkPurpose.Invitation, "p1", Token, Now, TimeSpan.FromHours(1));
        used.Redeem(Now);
        used.Revoke(Now.AddMinutes(1));
        Assert.Equal(Now.AddHours(1), used.ExpiresAt);

        var atExpiry = AccessLink.Issue(AccessLinkPurpose.Invitation, "p1", Token, Now, TimeSpan.FromHours(1));
        atExpiry.Revoke(Now.AddHours(2));
        Assert.Equal(Now.AddHours(1), atExpiry.ExpiresAt);

        var live = AccessLink.Issue(AccessLinkPurpose.Invitation, "p1", Token, Now, TimeSpan.FromHours(1));
        live.Revoke(Now.AddMinutes(10));
        Assert.Equal(Now.AddMinutes(10), live.ExpiresAt);
    }

    [Fact]
    public void TheHashOfNoToken_IsTheHashOfNothing()
    {
        Assert.Equal(AccessLink.Hash(""), AccessLink.Hash(null!));
        Assert.Equal("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", AccessLink.Hash(""));
    }

    [Theory]
    [InlineData("a@b.io", true)]
    [InlineData("ab@c.de", true)]
    [InlineData("@b.io", false)]
    [InlineData("a@b.i", true)]
    [InlineData("a@.io", false)]
    [InlineData("a@bio", false)]
    [InlineData("a@@b.io", false)]
    [InlineData("a@b.io.", false)]
    [InlineData("a b@c.io", false)]
    [InlineData("a@b.c.", false)]
    public void AnAddress_IsPlausibleOnlyWithOneAtADomainAndADot(string address, bool plausible)
    {
        Assert.Equal(plausible, EmailAddress.IsPlausible(address));
    }

    [Fact]
    public void AnAddressOf254Characters_IsTheLongestPlausible()
    {
        var local = new string('a', 254 - "@example.org".Length);
        Assert.True(EmailAddress.IsPlausible(local + "@example.org"));
        Assert.False(EmailAddress.IsPlausible("a" + local + "@example.org"));
    }

    private Nomination Nominee(string name = "Amina Diallo") =>
        Nomination.ForDelegation(Guid.NewGuid(), Guid.NewGuid(), SeatRole.Alternate, name, "Amina@Example.org", "fr", "focal", Now);

    [Fact]
    public void ANameOfTwoHundredCharacters_IsTheLongestAccepted()
    {
        Assert.Equal(200, Nominee(new string('n', 200)).DisplayName.Length);
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<DomainException>(() => Nominee(new string('n', 201))).Code);
        Assert.Equal(AccreditationErrors.NameRequired, Assert.Throws<DomainException>(() => Nominee("  ")).Code);
    }

    [Fact]
    public void ANomination_KeepsTheNormalisedAddressAndTheLanguage()
    {
        var n = Nominee();
        Assert.Equal(("amina@example.org", "fr", NominationState.Pending, true), (n.Email, n.Language, n.State, n.Counts));
    }

    [Fact]
    public void ARequestFromTheForm_CannotBeForADelegate_AndNeedsAnOrganisationOfAtMost200Characters()
    {
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<DomainException>(() =>
            Nomination.Request(Guid.NewGuid(), ParticipantCategory.Delegate, "Amina", "a@b.io", "en", "Press", Now)).Code);
        Assert.Equal(200, Nomination.Request(Guid.NewGuid(), ParticipantCategory.Observer, "Amina", "a@b.io", "en", new string('o', 200), Now).Organization!.Length);
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<DomainException>(() =>
            Nomination.Request(Guid.NewGuid(), ParticipantCategory.Observer, "Amina", "a@b.io", "en", new string('o', 201), Now)).Code);
        Assert.Equal(ErrorCodes.TextRequired, Assert.Throws<DomainException>(() =>
            Nomination.Request(Guid.NewGuid(), ParticipantCategory.Observer, "Amina", "a@b.io", "en", " ", Now)).Code);
    }

    [Fact]
    public void EachDecision_SpendsOneVersion_AndOnlyAPendingNominationIsDecided()
    {
        var approved = Nominee();
        approved.Approve("sec", "person-1", Now);
        Assert.Equal((1, true), (approved.Version, approved.Counts));

        var rejected = Nominee();
        rejected.Reject("sec", new string('r', 1000), Now);
        Assert.Equal((1, false), (rejected.Version, rejected.Counts));
        Assert.Equal(AccreditationErrors.NotPending, Assert.Throws<DomainException>(() => rejected.Reject("sec", "again", Now)).Code);

        var withdrawn = Nominee();
        withdrawn.Withdraw(Now);
        Assert.Equal((1, NominationState.Withdrawn, false, (DateTimeOffset?)Now), (withdrawn.Version, withdrawn.State, withdrawn.Counts, withdrawn.DecidedAt));
        Assert.Equal(AccreditationErrors.NotPending, Assert.Throws<DomainException>(() => withdrawn.Withdraw(Now)).Code);
        Assert.Equal(1, withdrawn.Version);
    }

    [Fact]
    public void ARejectionReason_OfMoreThan1000Characters_IsTooLong_AndABlankOneIsRequired()
    {
        var n = Nominee();
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<DomainException>(() => n.Reject("sec", new string('r', 1001), Now)).Code);
        Assert.Equal(AccreditationErrors.ReasonRequired, Assert.Throws<DomainException>(() => n.Reject("sec", " ", Now)).Code);
        Assert.Equal(NominationState.Pending, n.State);
    }
}
