using System.Text.Json;

namespace OnlineMinisterial.Web.Features.Notifications;

/// <summary>A feed entry as clients see it; <c>params</c> fills the placeholders of <c>textKey</c>.</summary>
public sealed record NotificationView(Guid Id, string TextKey, JsonElement Params, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationView Of(Notification n) =>
        new(n.Id, n.TextKey, JsonDocument.Parse(n.ParamsJson).RootElement.Clone(), n.CreatedAt, n.ReadAt);
}

public sealed record NotificationFeed(int Unread, IReadOnlyList<NotificationView> Items);

public sealed record UnreadCount(int Unread);

/// <summary>Text keys of the notifications the server creates (the browser's catalogue has each one).</summary>
public static class NotificationKeys
{
    public const string SessionStartsSoon = "notification.sessionStartsSoon";
    public const string SessionTimeUp = "notification.sessionTimeUp";
}
