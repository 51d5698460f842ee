using System.Security.Claims;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Lifecycle;

/// <summary>Who may open, suspend, adjourn, resume and close a session: its chair (a panel's moderator) and the secretariat.</summary>
internal sealed record LifecycleCaller(string PersonId, Guid? DelegationId, bool IsSecretariat)
    : SessionCaller(PersonId, DelegationId, IsSecretariat)
{
    public static LifecycleCaller From(ClaimsPrincipal user)
    {
        var (personId, delegationId, isSecretariat) = Read(user, "Sign in to run a session.");
        return new LifecycleCaller(personId, delegationId, isSecretariat);
    }

    public void EnsureRuns(Session session)
    {
        if (!Moderates(session))
            throw new Domain.Common.DomainException(FloorAccessErrors.NotChair, "Only the chair of this session or the secretariat can open, suspend or close it.");
    }
}
