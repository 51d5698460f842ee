using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>Who is asking, and what they may do with a session's list of speakers.</summary>
internal sealed record FloorCaller(string PersonId, Guid? DelegationId, bool IsSecretariat)
    : SessionCaller(PersonId, DelegationId, IsSecretariat)
{
    public static FloorCaller From(ClaimsPrincipal user)
    {
        var (personId, delegationId, isSecretariat) = Read(user, "Sign in to use the floor.");
        return new FloorCaller(personId, delegationId, isSecretariat);
    }

    /// <summary>
    /// Chairs and the secretariat have no delegation here: they put delegations on the list with AddSpeaker instead.
    /// Whether the list takes the delegation's request now (live, or inscription before the session) is the list's rule.
    /// </summary>
    public Guid EnsureDelegate() =>
        DelegationId ?? throw new DomainException(FloorAccessErrors.NotDelegate, "Only a member of a delegation can ask for the floor.");

    public void EnsureModerator(Session session) => RequireModerator(session,
        FloorAccessErrors.NotChair, "Only the chair of this session or the secretariat can do that.",
        FloorAccessErrors.SessionClosed, "The session is closed; its list of speakers is final.");
}
