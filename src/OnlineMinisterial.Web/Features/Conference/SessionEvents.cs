using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Media;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Conference;

/// <summary>
/// Builds a session's <see cref="SessionChanged"/> inside the command (where the chair's name is read) and sends it
/// to everyone after the commit: the agenda editor and the scheduled opening both go through here.
/// </summary>
public sealed class SessionEvents(AppDbContext db, IHubContext<ConferenceHub, IConferenceClient> hub, IMediaFollower media)
{
    public async Task<SessionChanged> DescribeAsync(Session s, CancellationToken ct)
    {
        var chairName = await db.Users.Where(u => u.Id == s.ChairId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        return new SessionChanged(s.Id, s.Version, s.Title, s.Kind, s.State, s.StartsAt, s.EndsAt,
            new PersonRef(s.ChairId, chairName), s.Ordinal, s.VideoUrl, s.ResumesAt);
    }

    public Task ChangedAsync(SessionChanged change)
    {
        media.SessionChanged(change.SessionId);   // a room opens with the session and is destroyed at its close
        return hub.Clients.All.SessionChanged(change);
    }

    public async Task ChangedAsync(IEnumerable<SessionChanged> changes)
    {
        foreach (var change in changes) await ChangedAsync(change);
    }

    public Task CancelledAsync(SessionCancelled cancelled) => hub.Clients.All.SessionCancelled(cancelled);
}
