using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Agenda;

/// <summary>A warning about the agenda that did not stop the change (see <see cref="ChairOverlap"/>).</summary>
public sealed record AgendaWarning(string Code, string Message, Guid OtherSessionId, string OtherTitle);

/// <summary>Which sessions overlap another with the same chair, for the editor's agenda and a command's answer.</summary>
public sealed class AgendaWarnings(AppDbContext db)
{
    public async Task<ILookup<Guid, AgendaWarning>> AllAsync(CancellationToken ct)
    {
        var sessions = await OnAgenda().ToListAsync(ct);
        return sessions
            .SelectMany(s => ChairOverlap.With(s, sessions).Select(other => (s.Id, Warning: Of(other))))
            .ToLookup(x => x.Id, x => x.Warning);
    }

    public async Task<IReadOnlyList<AgendaWarning>> ForAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return [];
        // Few sessions share a chair: compare their times here (SQLite cannot compare DateTimeOffset in SQL).
        var sameChair = await OnAgenda().Where(s => s.ChairId == session.ChairId && s.Id != sessionId).ToListAsync(ct);
        return [.. ChairOverlap.With(session, sameChair).Select(Of)];
    }

    private IQueryable<Session> OnAgenda() =>
        db.Sessions.AsNoTracking().Where(s => s.State != SessionState.Cancelled && s.State != SessionState.Closed);

    private static AgendaWarning Of(Session other) =>
        new(ChairOverlap.Code, $"The same chair also runs «{other.Title}» at that time.", other.Id, other.Title);
}
