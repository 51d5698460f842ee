using System.Security.Claims;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Conference;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>Who is asking, and what they may do on a panel. The secretariat may do everything the moderator does.</summary>
internal sealed record PanelCaller(string PersonId, Guid? DelegationId, bool IsSecretariat)
    : SessionCaller(PersonId, DelegationId, IsSecretariat)
{
    public static PanelCaller From(ClaimsPrincipal user)
    {
        var (personId, delegationId, isSecretariat) = Read(user, "Sign in to take part in the panel.");
        return new PanelCaller(personId, delegationId, isSecretariat);
    }

    /// <summary>Delegates ask and upvote, for themselves and under their delegation, while the panel is live.</summary>
    public Asker EnsureDelegate(Session session) => new(PersonId, RequireLiveDelegate(session,
        PanelErrors.NotDelegate, "Only a member of a delegation can ask or upvote questions.",
        $"The panel is {session.State}; questions open while it is live."));

    public void EnsureModerator(Session session) => RequireModerator(session,
        PanelErrors.NotModerator, "Only the moderator of this panel or the secretariat can do that.",
        PanelErrors.SessionClosed, "The panel is closed; its record is final.");
}
