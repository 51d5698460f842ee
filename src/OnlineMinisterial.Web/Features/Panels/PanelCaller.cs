using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// Who is asking, from the sign-in cookie's claims, and what they may do on a panel. The checks run inside the
/// command's transaction, against the session row it has locked.
/// </summary>
internal sealed record PanelCaller(string PersonId, Guid? DelegationId, bool IsSecretariat)
{
    public static PanelCaller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new DomainException(ErrorCodes.Unauthenticated, "Sign in to take part in the panel."),
        Guid.TryParse(user.FindFirstValue(AppClaims.DelegationId), out var delegationId) ? delegationId : null,
        user.IsInRole(Roles.Secretariat));

    /// <summary>A panel's moderator is its chair; the secretariat sees and may do everything the moderator does.</summary>
    public bool Moderates(Session session) => IsSecretariat || session.ChairId == PersonId;

    /// <summary>Delegates ask and upvote, for themselves and under their delegation, while the panel is live.</summary>
    public Asker EnsureDelegate(Session session)
    {
        var delegationId = DelegationId
            ?? throw new DomainException(PanelErrors.NotDelegate, "Only a member of a delegation can ask or upvote questions.");
        if (!session.IsLive)
            throw new DomainException(ErrorCodes.SessionNotLive, $"The panel is {session.State}; questions open while it is live.");
        return new Asker(PersonId, delegationId);
    }

    /// <summary>The moderator prepares the stage before the panel opens and tidies it while suspended, but a closed panel is final.</summary>
    public void EnsureModerator(Session session)
    {
        if (!Moderates(session))
            throw new DomainException(PanelErrors.NotModerator, "Only the moderator of this panel or the secretariat can do that.");
        if (session.State == SessionState.Closed)
            throw new DomainException(PanelErrors.SessionClosed, "The panel is closed; its record is final.");
    }
}
