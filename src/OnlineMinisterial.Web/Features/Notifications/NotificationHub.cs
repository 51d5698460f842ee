using Microsoft.AspNetCore.Authorization;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Web.Features.Notifications;

/// <summary>
/// The bell's connection on pages that have no conference hub (the session room, the chair's console, the panel,
/// the vote, the declaration, the secretariat): it only receives the person's own notifications. It is not a
/// presence hub: every such page holds its own hub connection, which counts the person present already, and the
/// connection path stays free of database work. No methods of its own: the feed is read and marked over REST; a call
/// of any method is refused with a code (<see cref="AppHub{TClient}"/>).
/// </summary>
[Authorize]
public sealed class NotificationHub : AppHub<INotificationClient>
{
    public const string Path = "/hubs/notifications";
}

public interface INotificationClient
{
    /// <summary>Sent to one person (all their connections, on any node) when their feed gets an entry.</summary>
    Task NotificationReceived(NotificationView notification);
}
