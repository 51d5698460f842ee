using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>Loads a panel's session, board and stage, for a command (tracked, created on first use) or for a read.</summary>
internal static class PanelStore
{
    public static async Task<Session> PanelSessionAsync(this AppDbContext db, Guid sessionId, bool tracked, CancellationToken ct)
    {
        var sessions = tracked ? db.Sessions : db.Sessions.AsNoTracking();
        var session = await sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        if (session.Kind != SessionKind.Panel)
            throw new DomainException(PanelErrors.NotAPanel, "That session is a plenary, not a panel.");
        return session;
    }

    /// <summary>
    /// A no-op update takes the session row's write lock (on SQLite, the database's), as the floor does: commands on
    /// one panel run one after another on every provider and node, so sixty upvotes at once all count, each on the
    /// board as the previous one left it. The row count tells whether the session exists. In a group (one
    /// transaction) the later commands find the session locked and read by the first (AppDbContext.Held).
    /// </summary>
    public static async Task<Session> LockPanelAsync(this AppDbContext db, Guid sessionId, CancellationToken ct)
    {
        var key = $"panel-session:{sessionId}";
        if (db.Held<Session>(key) is { } held) return held;
        var locked = await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), ct);
        if (locked == 0) throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        var session = await db.PanelSessionAsync(sessionId, tracked: true, ct);
        db.Hold(key, session);
        return session;
    }

    /// <summary>
    /// The board with its questions and votes, tracked, created on first use. Under the panel's lock, a board this
    /// transaction loaded (and saved since) is current as tracked; in a group saved once (ADR 0065) the board held is
    /// the group's own, its earlier commands' changes included, as the next command must see it.
    /// </summary>
    public static async Task<QuestionBoard> BoardForChangeAsync(this AppDbContext db, Guid sessionId, CancellationToken ct)
    {
        var key = $"board:{sessionId}";
        if (db.Held<QuestionBoard>(key) is { } held && (db.SavesDeferred || db.Entry(held).State == EntityState.Unchanged)) return held;
        var board = await Boards(db.QuestionBoards).SingleOrDefaultAsync(b => b.SessionId == sessionId, ct);
        if (board is null)
        {
            board = QuestionBoard.Create(sessionId);
            db.QuestionBoards.Add(board);
        }
        db.Hold(key, board);
        return board;
    }

    public static async Task<PanelStage> StageForChangeAsync(this AppDbContext db, Guid sessionId, CancellationToken ct)
    {
        var stage = await db.PanelStages.Include(s => s.Panelists).SingleOrDefaultAsync(s => s.SessionId == sessionId, ct);
        if (stage is not null) return stage;
        stage = PanelStage.Create(sessionId);
        db.PanelStages.Add(stage);
        return stage;
    }

    /// <summary>
    /// The board, its questions and their votes come in separate queries (one joined query would multiply the rows).
    /// Every change bumps the version, so the same version read again afterwards proves the parts belong together.
    /// A board never used reads as an empty one at version 0; reading never creates it.
    /// </summary>
    public static async Task<QuestionBoard> BoardForReadAsync(this AppDbContext db, Guid sessionId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var board = await Boards(db.QuestionBoards.AsNoTracking()).SingleOrDefaultAsync(b => b.SessionId == sessionId, ct);
            if (board is null) return QuestionBoard.Create(sessionId);
            var version = await db.QuestionBoards.Where(b => b.SessionId == sessionId).Select(b => b.Version).SingleAsync(ct);
            // Under a storm of upvotes, give up proving it: the next event shows a gap and the client asks again.
            if (version == board.Version || attempt == 5) return board;
        }
    }

    public static async Task<PanelStage> StageForReadAsync(this AppDbContext db, Guid sessionId, CancellationToken ct) =>
        await db.PanelStages.AsNoTracking().Include(s => s.Panelists).SingleOrDefaultAsync(s => s.SessionId == sessionId, ct)
        ?? PanelStage.Create(sessionId);

    private static IQueryable<QuestionBoard> Boards(IQueryable<QuestionBoard> boards) =>
        boards.AsSplitQuery().Include(b => b.Questions).ThenInclude(q => q.Votes);
}
