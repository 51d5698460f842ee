namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// SignalR groups of a panel. Moderators (its chair and the secretariat) join only their own group and get payloads
/// that name the authors of anonymous questions; everyone else joins the audience group, whose payloads never do.
/// </summary>
internal static class PanelGroups
{
    public static string Audience(Guid sessionId) => $"panel:{sessionId:N}";

    public static string Moderators(Guid sessionId) => $"panel:{sessionId:N}:moderators";
}
