using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Notifications;

/// <summary>
/// Adds entries to people's feeds inside the caller's transaction and returns the sending, to run after the commit:
/// each person gets <c>NotificationReceived</c> on every connection they have, on any node: the conference hub (the
/// lobby and the agenda editor) and the notification hub (the bell on every other page).
/// </summary>
public sealed class NotificationService(IHubContext<ConferenceHub, IConferenceClient> hub,
    IHubContext<NotificationHub, INotificationClient> bells, TimeProvider time)
{
    public Func<Task> Add(AppDbContext db, IEnumerable<string> personIds, string textKey, object parameters)
    {
        var now = time.GetUtcNow();
        var json = JsonSerializer.Serialize(parameters, JsonSerializerOptions.Web);
        var created = personIds.Distinct().Select(personId => new Notification
        {
            Id = Guid.NewGuid(), PersonId = personId, TextKey = textKey, ParamsJson = json, CreatedAt = now,
        }).ToList();
        db.Notifications.AddRange(created);
        return async () =>
        {
            foreach (var n in created)
            {
                var view = NotificationView.Of(n);
                await hub.Clients.User(n.PersonId).NotificationReceived(view);
                await bells.Clients.User(n.PersonId).NotificationReceived(view);
            }
        };
    }
}
