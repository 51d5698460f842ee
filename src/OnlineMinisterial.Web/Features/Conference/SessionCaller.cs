using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Conference;

/// <summary>
/// Who is asking about a session, from the sign-in cookie's claims, and the checks every session feature shares
/// (the floor, the panels). Features give their own codes and wording. The checks run inside the command's
/// transaction, against the session row it has locked.
/// </summary>
internal abstract record SessionCaller(string PersonId, Guid? DelegationId, bool IsSecretariat)
{
    protected static (string PersonId, Guid? DelegationId, bool IsSecretariat) Read(ClaimsPrincipal user, string signInMessage) => (
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new DomainException(ErrorCodes.Unauthenticated, signInMessage),
        Guid.TryParse(user.FindFirstValue(AppClaims.DelegationId), out var delegationId) ? delegationId : null,
        user.IsInRole(Roles.Secretariat));

    /// <summary>The session's chair (a panel's moderator) and the secretariat run it.</summary>
    public bool Moderates(Session session) => IsSecretariat || session.ChairId == PersonId;

    /// <summary>A delegate acts for their own delegation only, and only while the session is live.</summary>
    protected Guid RequireLiveDelegate(Session session, string notDelegateCode, string notDelegateMessage, string notLiveMessage)
    {
        var delegationId = DelegationId ?? throw new DomainException(notDelegateCode, notDelegateMessage);
        if (session.State == SessionState.Closed)
            throw new DomainException(ConferenceErrors.SessionClosed, "The session is closed; its record is final and nothing on it changes.");
        if (!session.IsLive) throw new DomainException(ErrorCodes.SessionNotLive, notLiveMessage);
        return delegationId;
    }

    /// <summary>
    /// Moderation is allowed before the session opens (preparing) and while it is suspended (tidying), but not once
    /// it is closed: its record is final.
    /// </summary>
    protected void RequireModerator(Session session, string notModeratorCode, string notModeratorMessage, string closedCode, string closedMessage)
    {
        if (!Moderates(session)) throw new DomainException(notModeratorCode, notModeratorMessage);
        if (session.State == SessionState.Closed) throw new DomainException(closedCode, closedMessage);
    }
}
