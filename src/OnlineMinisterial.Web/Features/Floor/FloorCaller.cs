using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// Who is asking, from the sign-in cookie's claims, and what they may do with a session's list. The checks run
/// inside the command's transaction, against the session row it has locked.
/// </summary>
internal sealed record FloorCaller(string PersonId, Guid? DelegationId, bool IsSecretariat)
{
    public static FloorCaller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new DomainException(ErrorCodes.Unauthenticated, "Sign in to use the floor."),
        Guid.TryParse(user.FindFirstValue(AppClaims.DelegationId), out var delegationId) ? delegationId : null,
        user.IsInRole(Roles.Secretariat));

    /// <summary>The session's chair (a panel's moderator) and the secretariat run its list.</summary>
    public bool Moderates(Session session) => IsSecretariat || session.ChairId == PersonId;

    /// <summary>
    /// A delegate acts for their own delegation only, and only while the session is live. Chairs and the
    /// secretariat have no delegation here: they put delegations on the list with AddSpeaker instead.
    /// </summary>
    public Guid EnsureDelegate(Session session)
    {
        var delegationId = DelegationId
            ?? throw new DomainException(FloorAccessErrors.NotDelegate, "Only a member of a delegation can ask for the floor.");
        if (!session.IsLive)
            throw new DomainException(ErrorCodes.SessionNotLive, $"The session is {session.State}; the floor opens while it is live.");
        return delegationId;
    }

    /// <summary>
    /// Moderation is allowed before the session opens (preparing the list) and while it is suspended (tidying it),
    /// but not once it is closed: its record is final.
    /// </summary>
    public void EnsureModerator(Session session)
    {
        if (!Moderates(session))
            throw new DomainException(FloorAccessErrors.NotChair, "Only the chair of this session or the secretariat can do that.");
        if (session.State == SessionState.Closed)
            throw new DomainException(FloorAccessErrors.SessionClosed, "The session is closed; its list of speakers is final.");
    }
}
