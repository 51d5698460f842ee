using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// The secretariat moves a poll through open, close, publish or cancel; the scheduler closes it at its deadline.
/// Quorum is counted from live presence at open and at close. A poll opened with a deadline gets a ClosePoll transition
/// in the same transaction; closing or cancelling it first cancels that transition.
/// </summary>
public sealed class PollLifecycle(AppDbContext db, AuditLog audit, PollOutcomes outcomes, VotingBroadcaster broadcast, TimeProvider time,
    TransitionPlanner planner, TransitionJobs jobs, SecretBallotStorage storage)
{
    private static readonly TransitionKind[] DeadlineKinds = [TransitionKind.ClosePoll];

    public async Task<PollView> OpenAsync(ClaimsPrincipal user, Guid pollId, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "open a poll");
        var (poll, schedule) = await db.RunAsync(async () =>
        {
            var poll = await db.LockPollAsync(pollId, ct);
            if (poll.SubjectKind == PollSubjectKind.Declaration)
                await EnsureDeclarationDraftingAsync(poll.SubjectId, ct);
            var voting = await db.VotingDelegationIdsAsync(poll.ConferenceId, ct);
            var present = await db.PresentAmongAsync(voting, ct);
            var plan = PollPlan.Of(db, poll);
            var now = time.StoredNow();
            if (plan.RollCall)
            {
                var names = await db.Delegations.Where(d => voting.Contains(d.Id)).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
                // Drawn by lot: a secure random pick, so nobody can predict or steer who is called first.
                poll.OpenWithRollCall(voting, present, now, plan.Deadline,
                    [.. names.Select(n => new RollCallDelegation(n.Id, n.Name))], voting.Count == 0 ? Guid.Empty : voting[RandomNumberGenerator.GetInt32(voting.Count)]);
            }
            else
            {
                poll.Open(voting, present, now, plan.Deadline);
            }
            audit.Record(db, Actor.From(user), "poll.opened", nameof(Poll), poll.Id, new
            {
                Present = present, Eligible = voting.Count, Required = poll.Quorum.Required(voting.Count), poll.Deadline,
                RollCallStartsWith = poll.RollCallOrder.Count > 0 ? poll.RollCallOrder[0].DelegationId : (Guid?)null,
            });
            return (poll, await PlanDeadlineAsync(poll, ct));
        }, ct);
        return await ChangedAsync(user, poll, schedule);
    }

    public async Task<PollView> CloseAsync(ClaimsPrincipal user, Guid pollId, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "close a poll");
        var (poll, schedule) = await db.RunAsync(async () =>
        {
            var poll = await db.LockPollAsync(pollId, ct);
            var present = await db.PresentAmongAsync(poll.EligibleDelegationIds, ct);
            poll.Close(present, time.StoredNow());
            audit.Record(db, Actor.From(user), "poll.closed", nameof(Poll), poll.Id, new { Present = poll.PresentAtClose, poll.Turnout.Voted });
            return (poll, await PlanDeadlineAsync(poll, ct));
        }, ct);
        return await ChangedAsync(user, poll, schedule);
    }

    /// <summary>
    /// For the scheduler: closes the poll if it is open and its deadline has come. False, and nothing changed, when
    /// there is nothing to close, so a duplicate or late run is harmless. Before the deadline it throws
    /// <c>poll.deadline_not_reached</c>, so a job fired early is retried rather than closing early.
    /// </summary>
    public async Task<bool> ClosePollAtDeadlineAsync(Guid pollId, CancellationToken ct = default)
    {
        var announce = await CloseAtDeadlineAsync(pollId, ct);
        if (announce is null) return false;
        await announce();
        return true;
    }

    /// <summary>
    /// <see cref="ClosePollAtDeadlineAsync"/> for a caller that owns the transaction (the scheduled ClosePoll
    /// transition): closes the poll without announcing it and returns the announcement to send once the caller has
    /// committed, or null when there was nothing to close.
    /// </summary>
    internal async Task<Func<Task>?> CloseAtDeadlineAsync(Guid pollId, CancellationToken ct)
    {
        var closed = await db.RunAsync(async () =>
        {
            var poll = await db.LockPollAsync(pollId, ct);
            var present = await db.PresentAmongAsync(poll.EligibleDelegationIds, ct);
            if (!poll.CloseAtDeadline(present, time.StoredNow())) return null;
            audit.Record(db, Actor.System, "poll.closed", nameof(Poll), poll.Id,
                new { Present = poll.PresentAtClose, poll.Turnout.Voted, AtDeadline = true });
            return poll;
        }, ct);
        if (closed is null) return null;
        var plan = PollPlan.Of(db, closed);
        return async () =>
        {
            await broadcast.PollChangedAsync(closed, plan);
            if (closed.Mode == PollMode.Secret) await storage.ForgetLinksAsync();
        };
    }

    /// <summary>Publishes the result and carries it out: an amendment enters the draft or is rejected; an adopting vote adopts the declaration.</summary>
    public async Task<PollView> PublishAsync(ClaimsPrincipal user, Guid pollId, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "publish a poll");
        var actor = Actor.From(user);
        var (poll, outcome) = await db.RunAsync(async () =>
        {
            var poll = await db.LockPollAsync(pollId, ct);
            poll.Publish(time.StoredNow());
            var result = poll.Result!;
            audit.Record(db, actor, "poll.published", nameof(Poll), poll.Id,
                new { result.Adopted, result.QuorumMet, result.Yes, result.No, result.Abstain, result.Voted, result.Present, result.Eligible });
            return (poll, await outcomes.ApplyPublishedAsync(poll, actor, ct));
        }, ct);
        var plan = PollPlan.Of(db, poll);
        await broadcast.PollPublishedAsync(poll, plan);
        await broadcast.ChangedAsync(outcome.Declaration, outcome.Amendment);
        return PollViews.For(poll, plan, Callers.IsSecretariat(user));
    }

    public async Task<PollView> CancelAsync(ClaimsPrincipal user, Guid pollId, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "cancel a poll");
        var actor = Actor.From(user);
        var (poll, amendment, schedule) = await db.RunAsync(async () =>
        {
            var poll = await db.LockPollAsync(pollId, ct);
            poll.Cancel(time.StoredNow());
            audit.Record(db, actor, "poll.cancelled", nameof(Poll), poll.Id);
            return (poll, await outcomes.ApplyCancelledAsync(poll, actor, ct), await PlanDeadlineAsync(poll, ct));
        }, ct);
        var view = await ChangedAsync(user, poll, schedule);
        if (amendment is not null) await broadcast.AmendmentChangedAsync(amendment);
        return view;
    }

    private async Task EnsureDeclarationDraftingAsync(Guid declarationId, CancellationToken ct)
    {
        var state = await db.Declarations.Where(d => d.Id == declarationId).Select(d => d.State).SingleAsync(ct);
        if (state != DeclarationState.Drafting)
            throw new DomainException(DeclarationErrors.NotDrafting, $"The declaration is {state}; it can no longer be put to a vote.");
    }

    // In the command's transaction: an open poll with a deadline has one pending ClosePoll transition at it; a poll
    // closed or cancelled by hand has none left (its pending one is cancelled).
    private Task<PlanChanges> PlanDeadlineAsync(Poll poll, CancellationToken ct) =>
        planner.SyncAsync(poll.Id, DeadlineKinds, poll is { State: PollState.Open, Deadline: { } deadline }
            ? [new PlannedTransition(TransitionKind.ClosePoll, poll.Id, deadline, deadline, TransitionPlanner.LabelFor(poll.Label))]
            : [], ct);

    private async Task<PollView> ChangedAsync(ClaimsPrincipal user, Poll poll, PlanChanges schedule)
    {
        var plan = PollPlan.Of(db, poll);
        await broadcast.PollChangedAsync(poll, plan);
        if (poll.Mode == PollMode.Secret && poll.State is PollState.Closed or PollState.Cancelled) await storage.ForgetLinksAsync();
        // Committed: the request may be gone, but the transition's job and the timer must still follow.
        await jobs.ApplyAsync(schedule, CancellationToken.None);
        return PollViews.For(poll, plan, Callers.IsSecretariat(user));
    }
}
