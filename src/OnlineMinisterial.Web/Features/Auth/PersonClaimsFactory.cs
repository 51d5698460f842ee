using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>Puts the person's display name and delegation into the cookie, so hubs need no query to know them.</summary>
internal sealed class PersonClaimsFactory(UserManager<Person> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Person, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.DelegationId is { } delegationId)
            identity.AddClaim(new Claim(AppClaims.DelegationId, delegationId.ToString()));
        return identity;
    }
}
