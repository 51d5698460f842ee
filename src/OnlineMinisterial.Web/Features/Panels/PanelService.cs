using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Media;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// A panel's commands, shared by the hub and anything else that changes a panel. Each runs in one transaction: lock
/// the session, check who is asking, load (or create) the board or stage, apply the domain rule, audit the change;
/// only after the commit is it broadcast, each group with its own view and the version the aggregate bumped.
/// </summary>
public sealed partial class PanelService(AppDbContext db, AuditLog audit, TimeProvider time, FloorService floor,
    IHubContext<PanelHub, IPanelClient> hub, IOptions<PanelOptions> options, IMediaFollower media, ILogger<PanelService> logger)
{
    private enum Who { Delegate, Moderator }

    private enum Notice { None, Approved, Dismissed }

    /// <summary>What a board command sees: the locked session, the board, the caller (as asker when a delegate) and the time.</summary>
    private sealed record BoardStep(Session Session, QuestionBoard Board, PanelCaller Caller, Asker? Asker, DateTimeOffset Now);

    /// <summary>The audit action and details of a command, recorded and broadcast only when it changed the board.</summary>
    private sealed record BoardEffect(string Action, Question? Question, object? Details = null, Notice Notice = Notice.None);

    private sealed record BoardOutcome(QuestionBoard Board, BoardEffect Effect, PanelNames Names, bool Changed);

    private async Task<BoardOutcome> RunBoardAsync(ClaimsPrincipal user, Guid sessionId, Who who,
        Func<BoardStep, Task<BoardEffect>> apply, CancellationToken ct)
    {
        var caller = PanelCaller.From(user);
        var outcome = await db.RunAsync(async () =>
        {
            var session = await db.LockPanelAsync(sessionId, ct);
            Asker? asker = null;
            if (who == Who.Delegate) asker = caller.EnsureDelegate(session);
            else caller.EnsureModerator(session);

            var board = await db.BoardForChangeAsync(sessionId, ct);
            var before = board.Version;
            var effect = await apply(new BoardStep(session, board, caller, asker, Now()));
            var changed = board.Version != before;
            if (changed) audit.Record(db, Actor.From(user), effect.Action, nameof(QuestionBoard), sessionId, effect.Details);

            var names = await PanelNames.LoadAsync(db, session.ConferenceId, PanelNames.Of(board.Questions, null), ct);
            return new BoardOutcome(board, effect, names, changed);
        }, ct);

        if (outcome.Changed) await BroadcastAsync(outcome);
        return outcome;
    }

    private Task<BoardOutcome> RunBoardAsync(ClaimsPrincipal user, Guid sessionId, Who who, Func<BoardStep, BoardEffect> apply,
        CancellationToken ct) =>
        RunBoardAsync(user, sessionId, who, step => Task.FromResult(apply(step)), ct);

    private async Task<BoardView> ModerateBoardAsync(ClaimsPrincipal user, Guid sessionId, Func<BoardStep, BoardEffect> apply, CancellationToken ct)
    {
        var outcome = await RunBoardAsync(user, sessionId, Who.Moderator, apply, ct);
        return PanelViews.Board(outcome.Board, outcome.Names, forModerator: true);
    }

    /// <summary>
    /// Times are kept to the millisecond: the providers store different precisions, and a time a command returns
    /// must read back the same from the database.
    /// </summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private async Task BroadcastAsync(BoardOutcome o)
    {
        var (board, effect, names) = (o.Board, o.Effect, o.Names);
        try
        {
            await hub.Clients.Group(PanelGroups.Audience(board.SessionId))
                .QuestionChanged(PanelViews.Change(board, effect.Action, effect.Question, names, forModerator: false));
            await hub.Clients.Group(PanelGroups.Moderators(board.SessionId))
                .QuestionChanged(PanelViews.Change(board, effect.Action, effect.Question, names, forModerator: true));
            if (effect.Question is not { } q || effect.Notice == Notice.None) return;
            var notice = new QuestionNotice(board.SessionId, q.Id, q.Text, q.State);
            var author = hub.Clients.User(q.AuthorId);
            await (effect.Notice == Notice.Approved ? author.YourQuestionApproved(notice) : author.YourQuestionDismissed(notice));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is committed and acknowledged; a client that missed it sees the gap or reconnects and refetches.
            logger.LogWarning(e, "Board change {Version} of panel {SessionId} could not be broadcast", board.Version, board.SessionId);
        }
    }
}
