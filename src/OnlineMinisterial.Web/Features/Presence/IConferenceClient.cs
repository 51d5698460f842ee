namespace OnlineMinisterial.Web.Features.Presence;

/// <summary>Events the conference hub sends; names are past tense and part of the wire contract.</summary>
public interface IConferenceClient
{
    Task PresenceChanged(PresenceChanged change);

    Task SeatChanged(Conference.SeatChanged change);

    /// <summary>A session's agenda entry changed; carries the whole session, so any newer version replaces an older one.</summary>
    Task SessionChanged(Conference.SessionChanged change);

    Task SessionCancelled(Conference.SessionCancelled change);

    /// <summary>Sent to one person (all their connections, on any node) when their notification feed gets an entry.</summary>
    Task NotificationReceived(Notifications.NotificationView notification);
}
