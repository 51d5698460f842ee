using System.Security.Claims;

namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>Who is acting: a person (with their delegation) or the system (scheduled transitions, seeding).</summary>
public sealed record Actor(string? PersonId, Guid? DelegationId)
{
    public static readonly Actor System = new(null, null);

    public static Actor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        Guid.TryParse(user.FindFirstValue(Features.Auth.AppClaims.DelegationId), out var d) ? d : null);
}
