namespace OnlineMinisterial.Web.Features.Notifications;

/// <summary>
/// One entry of a person's in-app notification feed. The text is a key of the browser's catalogue with parameters,
/// so each reader sees it in their language and times in their own zone.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public string PersonId { get; set; } = "";
    public string TextKey { get; set; } = "";

    /// <summary>JSON object with the key's parameters (for a reminder: sessionId, title, startsAt).</summary>
    public string ParamsJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
