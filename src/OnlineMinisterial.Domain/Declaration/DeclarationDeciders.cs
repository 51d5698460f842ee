using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// Who decides on amendments (accept, reject, put to a vote): "the chair or secretariat" of PRODUCT.md. The chair
/// meant is the chair of the plenary, where the declaration is considered: a person who chairs a plenary session of
/// the conference that is not cancelled. A panel's moderator, who chairs only panels, decides nothing on the
/// declaration; nor does an account that merely has the chair role.
/// </summary>
public static class DeclarationDeciders
{
    public static bool MayDecide(bool isSecretariat, string? personId, IEnumerable<Session> chairedSessions) =>
        isSecretariat || personId is not null && chairedSessions.Any(s =>
            s.ChairId == personId && s.Kind == SessionKind.Plenary && s.State != SessionState.Cancelled);
}
