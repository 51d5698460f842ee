using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Media;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Panels;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Media;

/// <summary>Reads what the database says about a session's room now: open or not, and who may publish in it.</summary>
public sealed class MediaReader(AppDbContext db)
{
    public async Task<(Session? Session, MediaStage Stage)> StageAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is not { State: SessionState.Live or SessionState.Suspended }) return (session, MediaStage.Closed);
        var speech = await db.Speeches.AsNoTracking()
            .Where(s => EF.Property<Guid>(s, SpeechConfiguration.SessionId) == sessionId && s.EndedAt == null)
            .OrderByDescending(s => s.StartedAt)
            .Select(s => new CurrentSpeaker(s.DelegationId, s.PersonId, s.PausedAt != null))
            .FirstOrDefaultAsync(ct);
        IReadOnlyList<string> panelists = session.Kind == SessionKind.Panel
            ? [.. (await db.StageForReadAsync(sessionId, ct)).Panelists.Select(p => p.PersonId)]
            : [];
        return (session, MediaStage.Of(roomOpen: true, session.ChairId, speech, panelists));
    }

    /// <summary>Sessions that should have a room now: the host makes sure they do when it starts.</summary>
    public async Task<IReadOnlyList<Guid>> OpenSessionsAsync(CancellationToken ct) =>
        await db.Sessions.Where(s => s.State == SessionState.Live || s.State == SessionState.Suspended).Select(s => s.Id).ToListAsync(ct);
}
