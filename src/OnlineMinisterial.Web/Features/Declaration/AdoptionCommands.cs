using System.Security.Claims;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Features.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>The silence procedure and, after adoption, the statements delegations attach to the declaration.</summary>
public sealed class AdoptionCommands(AppDbContext db, Callers callers, DeclarationChanges changes, TimeProvider time,
    TransitionPlanner planner, TransitionJobs jobs)
{
    private static readonly TransitionKind[] SilenceKinds = [TransitionKind.EndSilence];

    /// <summary>
    /// The secretariat circulates the latest published version under silence until the deadline; an EndSilence
    /// transition at the deadline is planned in the same transaction.
    /// </summary>
    public async Task<DeclarationView> CirculateAsync(ClaimsPrincipal user, DateTimeOffset deadline, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "circulate the declaration under silence");
        var schedule = PlanChanges.None;
        var declaration = await changes.ApplyAsync("declaration.circulated", null, async d =>
        {
            if (await db.HasPendingPollAsync(PollSubjectKind.Declaration, d.Id, ct))
                throw new DomainException(DeclarationErrors.PollPending, "A vote on the declaration is pending; it cannot also go under silence.");
            var voting = await db.VotingDelegationIdsAsync(d.ConferenceId, ct);
            var procedure = d.CirculateUnderSilence(voting, StoredTime.Stored(deadline), time.StoredNow());
            schedule = await planner.SyncAsync(d.Id, SilenceKinds,
                [new PlannedTransition(TransitionKind.EndSilence, d.Id, procedure.Deadline, procedure.Deadline, TransitionPlanner.LabelFor(d.Title))], ct);
            return (Actor.From(user), new { Version = procedure.VersionNumber, procedure.Deadline });
        }, ct);
        // Committed: the request may be gone, but the transition's job and the timer must still follow.
        await jobs.ApplyAsync(schedule, CancellationToken.None);
        return DeclarationViews.For(declaration, secretariat: true);
    }

    /// <summary>A voting delegation's seat holder breaks silence, with a reason, before the deadline.</summary>
    public async Task<DeclarationView> BreakSilenceAsync(ClaimsPrincipal user, string reason, CancellationToken ct)
    {
        TextLimits.Check(reason, TextLimits.Reason, "reason");
        var declaration = await changes.ApplyAsync("declaration.silence_broken", null, async d =>
        {
            var delegation = await callers.SeatHeldByAsync(user, "break silence", ct);
            d.BreakSilence(delegation.Id, reason, time.StoredNow());
            return (Actor.From(user) with { DelegationId = delegation.Id }, new { Reason = reason.Trim() });
        }, ct);
        return DeclarationViews.For(declaration, Callers.IsSecretariat(user));
    }

    /// <summary>
    /// The secretariat withdraws the text from silence before the deadline, with a reason: the declaration returns to
    /// drafting and the planned EndSilence transition is cancelled in the same transaction.
    /// </summary>
    public async Task<DeclarationView> WithdrawFromSilenceAsync(ClaimsPrincipal user, string reason, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "withdraw the declaration from silence");
        TextLimits.Check(reason, TextLimits.Reason, "reason");
        var schedule = PlanChanges.None;
        var declaration = await changes.ApplyAsync("declaration.silence_withdrawn", null, async d =>
        {
            var procedure = d.WithdrawFromSilence(reason, time.StoredNow());
            schedule = await planner.SyncAsync(d.Id, SilenceKinds, [], ct);
            return (Actor.From(user), new { Version = procedure.VersionNumber, Reason = procedure.WithdrawalReason });
        }, ct);
        await jobs.ApplyAsync(schedule, CancellationToken.None);
        return DeclarationViews.For(declaration, secretariat: true);
    }

    /// <summary>
    /// For the scheduler, at or after the deadline: unbroken silence adopts the circulated version, broken silence
    /// returns the declaration to drafting. False, and nothing changed, when no silence is running (a duplicate or late
    /// run); before the deadline it throws <c>silence.deadline_not_reached</c>, so an early job is retried.
    /// </summary>
    public async Task<bool> EndSilenceAsync(Guid declarationId, CancellationToken ct = default)
    {
        var announce = await EndSilenceDeferredAsync(declarationId, ct);
        if (announce is null) return false;
        await announce();
        return true;
    }

    /// <summary>
    /// <see cref="EndSilenceAsync"/> for a caller that owns the transaction (the scheduled EndSilence transition):
    /// ends the silence without announcing it and returns the announcement to send once the caller has committed, or
    /// null when no silence was running.
    /// </summary>
    internal async Task<Func<Task>?> EndSilenceDeferredAsync(Guid declarationId, CancellationToken ct)
    {
        var ended = false;
        var (_, announce) = await changes.ApplyDeferredAsync("declaration.silence_ended", declarationId, d =>
        {
            ended = d.EndSilence(time.StoredNow());
            object? details = ended ? new { Outcome = d.SilenceProcedures[^1].Outcome.ToString(), Adopted = d.State == DeclarationState.Adopted } : null;
            return Task.FromResult((Actor.System, details));
        }, ct);
        return ended ? announce : null;
    }

    /// <summary>After adoption, a delegation (its head or seat holder) attaches an explanation of position, a reservation or a dissociation.</summary>
    public async Task<DeclarationView> AttachStatementAsync(ClaimsPrincipal user, StatementKind kind, string text, CancellationToken ct)
    {
        TextLimits.Check(text, TextLimits.Paragraph, "statement");
        var declaration = await changes.ApplyAsync("declaration.statement_attached", null, async d =>
        {
            var delegation = await callers.HeadOrSeatHolderAsync(user, "attach a statement", ct);
            var statement = d.AttachStatement(delegation.Id, kind, text, time.StoredNow());
            return (Actor.From(user) with { DelegationId = delegation.Id }, new { StatementId = statement.Id, Kind = kind.ToString() });
        }, ct);
        return DeclarationViews.For(declaration, Callers.IsSecretariat(user));
    }
}
