using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Panels;

namespace OnlineMinisterial.Web.Features.Lifecycle;

/// <summary>
/// Tells the session's room, console, panel page and hall screen that its state changed (<c>SessionStateChanged</c>),
/// on the floor and panel hubs they are connected to; the lobby hears <c>SessionChanged</c> on the conference hub.
/// </summary>
public sealed class LifecycleBroadcaster(IHubContext<FloorHub> floor, IHubContext<PanelHub> panel, ILogger<LifecycleBroadcaster> logger)
{
    public const string Event = "SessionStateChanged";

    public async Task StateChangedAsync(SessionStateView view)
    {
        try
        {
            await floor.Clients.Groups(FloorGroups.Public(view.SessionId), FloorGroups.Moderators(view.SessionId)).SendAsync(Event, view);
            await panel.Clients.Groups(PanelGroups.Audience(view.SessionId), PanelGroups.Moderators(view.SessionId)).SendAsync(Event, view);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Committed and acknowledged: a screen that missed it reads the session again after a reconnect.
            logger.LogWarning(e, "The state change {Version} of session {SessionId} could not be broadcast", view.Version, view.SessionId);
        }
    }
}
