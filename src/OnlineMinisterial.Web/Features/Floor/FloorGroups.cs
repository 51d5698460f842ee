namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>
/// SignalR groups of a session's floor. Moderators join only their own group, so they get the snapshot with
/// speaking totals while everyone else gets the public one; each connection receives every change exactly once.
/// </summary>
internal static class FloorGroups
{
    public static string Public(Guid sessionId) => $"floor:{sessionId:N}";

    public static string Moderators(Guid sessionId) => $"floor:{sessionId:N}:moderators";
}
