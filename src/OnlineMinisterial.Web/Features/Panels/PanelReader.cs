using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>Reads a panel without a transaction, so snapshots never wait for (or hold up) commands.</summary>
public sealed class PanelReader(AppDbContext db, TimeProvider time, IOptions<PanelOptions> options)
{
    public Task<Session> SessionAsync(Guid sessionId, CancellationToken ct = default) => db.PanelSessionAsync(sessionId, tracked: false, ct);

    internal static bool Moderates(ClaimsPrincipal user, Session session) => PanelCaller.From(user).Moderates(session);

    /// <summary>The panel as this caller may see it: moderators see every question and who asked each.</summary>
    public async Task<PanelSnapshot> SnapshotAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct = default)
    {
        var caller = PanelCaller.From(user);
        var session = await SessionAsync(sessionId, ct);
        var moderates = caller.Moderates(session);
        var board = await db.BoardForReadAsync(sessionId, ct);
        var stage = await db.StageForReadAsync(sessionId, ct);
        var names = await PanelNames.LoadAsync(db, session.ConferenceId, PanelNames.Of(board.Questions, stage), ct);
        var isGuest = await db.PanelGuests.AnyAsync(g => g.SessionId == sessionId && g.PersonId == caller.PersonId, ct);

        var mine = board.Questions.Where(q => q.AuthorId == caller.PersonId)
            .Select(q => PanelViews.Question(q, names, forModerator: false)).ToList();
        var upvoted = board.Questions.Where(q => q.HasVoted(caller.PersonId)).Select(q => q.Id).ToList();
        var me = new PanelMe(caller.PersonId, moderates, caller.DelegationId is not null, isGuest, stage.IsOnStage(caller.PersonId), mine, upvoted);

        var limits = options.Value.QuestionLimits;
        return new PanelSnapshot(session.Id, session.Title, session.State, session.VideoUrl, session.Version, time.GetUtcNow(),
            new QuestionRules(limits.MaxLength, limits.PerWindow, (int)limits.Window.TotalSeconds),
            PanelViews.Stage(stage, names), PanelViews.Board(board, names, moderates), me);
    }

    /// <summary>Who the moderator can put on the stage: the guests invited to this panel, then every delegate.</summary>
    public async Task<IReadOnlyList<PanelCandidate>> CandidatesAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken ct = default)
    {
        var session = await SessionAsync(sessionId, ct);
        if (!Moderates(user, session))
            throw new DomainException(PanelErrors.NotModerator, "Only the moderator of this panel or the secretariat can see who may go on stage.");

        var guests = await (from g in db.PanelGuests.AsNoTracking()
                            join u in db.Users on g.PersonId equals u.Id
                            where g.SessionId == sessionId
                            orderby u.DisplayName
                            select new PanelCandidate(u.Id, u.DisplayName, PanelistKind.Guest, null)).ToListAsync(ct);
        var delegates = await (from u in db.Users.AsNoTracking()
                               join d in db.Delegations on u.DelegationId equals d.Id
                               where d.ConferenceId == session.ConferenceId
                               orderby d.Name, u.DisplayName
                               select new PanelCandidate(u.Id, u.DisplayName, PanelistKind.Delegate, new DelegationRef(d.Id, d.Code, d.Name)))
                              .ToListAsync(ct);
        return [.. guests, .. delegates];
    }
}
