using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Media;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;
using OnlineMinisterial.Web.Infrastructure.Realtime;

namespace OnlineMinisterial.Web.Features.Panels;

/// <summary>
/// A panel's commands, shared by the hub and anything else that changes a panel. Each runs in one transaction: lock
/// the session, check who is asking, load (or create) the board or stage, apply the domain rule, audit the change;
/// only after the commit is it broadcast, each group with its own view and the version the aggregate bumped. A board's
/// changes go out in version order without the caller waiting for the fan-out (<see cref="OrderedBroadcasts"/>), and
/// the delegates' questions and upvotes that arrive together are committed together (<see cref="CommandGroups"/>).
/// </summary>
public sealed partial class PanelService(AppDbContext db, AuditLog audit, TimeProvider time, FloorService floor,
    IHubContext<PanelHub, IPanelClient> hub, IOptions<PanelOptions> options, IMediaFollower media, ILogger<PanelService> logger,
    OrderedBroadcasts ordered, CommandGroups groups)
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
            var outcome = new BoardOutcome(board, effect, names, changed);
            if (changed) db.AfterCommit(Broadcast(outcome));
            return outcome;
        }, ct);
        return outcome;
    }

    /// <summary>
    /// A delegate's command, committed together with the others that arrive for the same board meanwhile, and saved
    /// once for the group (ADR 0065): it reads what the group's earlier commands did only through the board held in
    /// memory, and refuses before it changes anything.
    /// </summary>
    private Task<T> GroupedAsync<T>(Guid sessionId, Func<PanelService, CancellationToken, Task<T>> command, CancellationToken ct) =>
        groups.RunAsync($"board:{sessionId}", (services, token) => command(services.GetRequiredService<PanelService>(), token), ct,
            GroupSave.Once);

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

    // The views are built now, in the command: a group's later commands change the same board before the commit, and
    // each change goes out as its command left the board, with its own version. The sending, after the commit, is
    // queued behind the board's earlier changes.
    private Action Broadcast(BoardOutcome o)
    {
        var (board, effect, names) = (o.Board, o.Effect, o.Names);
        var audience = PanelViews.Change(board, effect.Action, effect.Question, names, forModerator: false);
        var moderators = PanelViews.Change(board, effect.Action, effect.Question, names, forModerator: true);
        var notice = effect.Question is { } q && effect.Notice != Notice.None ? new QuestionNotice(board.SessionId, q.Id, q.Text, q.State) : null;
        var (author, approved) = (effect.Question?.AuthorId, effect.Notice == Notice.Approved);
        var sessionId = board.SessionId;
        return () => ordered.Send($"board:{sessionId}", nameof(IPanelClient.QuestionChanged), async () =>
        {
            await hub.Clients.Group(PanelGroups.Audience(sessionId)).QuestionChanged(audience);
            await hub.Clients.Group(PanelGroups.Moderators(sessionId)).QuestionChanged(moderators);
            if (notice is null || author is null) return;
            var client = hub.Clients.User(author);
            await (approved ? client.YourQuestionApproved(notice) : client.YourQuestionDismissed(notice));
        });
    }
}
