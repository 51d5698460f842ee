using Microsoft.Extensions.Time.Testing;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Tests.Accreditation;

public class AccessLinkTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly string _token = AccessLink.NewToken();

    private AccessLink Invitation() =>
        AccessLink.Issue(AccessLinkPurpose.Invitation, "person-1", _token, _time.GetUtcNow(), TimeSpan.FromHours(24));

    [Fact]
    public void Redeem_BeforeExpiry_UsesTheLinkUp()
    {
        var link = Invitation();
        _time.Advance(TimeSpan.FromHours(23));
        link.Redeem(_time.GetUtcNow());
        Assert.False(link.IsUsable(_time.GetUtcNow()));
    }

    [Fact]
    public void Redeem_Twice_IsRefusedAsUsed()
    {
        var link = Invitation();
        link.Redeem(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(AccreditationErrors.LinkUsed, Assert.Throws<DomainException>(() => link.Redeem(_time.GetUtcNow())).Code);
    }

    [Fact]
    public void Redeem_AtTheExpiry_IsRefusedAsExpired()
    {
        var link = AccessLink.Issue(AccessLinkPurpose.PasswordReset, "person-1", _token, _time.GetUtcNow(), TimeSpan.FromMinutes(30));
        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(AccreditationErrors.LinkExpired, Assert.Throws<DomainException>(() => link.Redeem(_time.GetUtcNow())).Code);
        Assert.Null(link.UsedAt);
    }

    [Fact]
    public void Revoke_ANewerLinkReplacesThisOne()
    {
        var link = Invitation();
        link.Revoke(_time.GetUtcNow());
        Assert.Equal(AccreditationErrors.LinkExpired, Assert.Throws<DomainException>(() => link.Redeem(_time.GetUtcNow())).Code);
    }

    [Fact]
    public void Issue_StoresOnlyTheHash()
    {
        var link = Invitation();
        Assert.NotEqual(_token, link.TokenHash);
        Assert.Equal(AccessLink.Hash(_token), link.TokenHash);
        Assert.NotEqual(AccessLink.NewToken(), AccessLink.NewToken());
    }
}
