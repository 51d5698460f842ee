using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Features.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>
/// Delegations (their head or seat holder) propose, co-sponsor and withdraw amendments; the chair or secretariat
/// accepts or rejects them (putting one to a vote is <see cref="PollCreation.PutAmendmentToVoteAsync"/>).
/// </summary>
public sealed class AmendmentCommands(AppDbContext db, Callers callers, AuditLog audit, VotingBroadcaster broadcast, TimeProvider time)
{
    public async Task<AmendmentView> ProposeAsync(ClaimsPrincipal user, ProposeAmendmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        TextLimits.Check(request.Text, TextLimits.Paragraph, "amendment text");
        TextLimits.Check(request.Reason, TextLimits.Reason, "reason");
        var amendment = await db.RunAsync(async () =>
        {
            var declaration = await db.LockCurrentDeclarationAsync(ct);
            var delegation = await callers.HeadOrSeatHolderAsync(user, "propose an amendment", ct);
            var amendment = declaration.ProposeAmendment(Guid.NewGuid(), delegation.Id, request.ParagraphId, request.Kind, request.Text,
                request.Reason, time.StoredNow());
            db.Amendments.Add(amendment);
            audit.Record(db, ActorFor(user, delegation.Id), "amendment.proposed", nameof(Amendment), amendment.Id,
                new { amendment.ParagraphId, amendment.ParagraphLabel, Kind = amendment.Kind.ToString() });
            return amendment;
        }, ct);
        await broadcast.AmendmentChangedAsync(amendment);
        return DeclarationViews.For(amendment);
    }

    public Task<AmendmentView> CoSponsorAsync(ClaimsPrincipal user, Guid amendmentId, CancellationToken ct) =>
        ByDelegationAsync(user, amendmentId, "co-sponsor an amendment", "amendment.cosponsored",
            (a, delegationId, now) => a.CoSponsor(delegationId, now), ct);

    public Task<AmendmentView> WithdrawAsync(ClaimsPrincipal user, Guid amendmentId, CancellationToken ct) =>
        ByDelegationAsync(user, amendmentId, "withdraw an amendment", "amendment.withdrawn",
            (a, delegationId, now) => a.Withdraw(delegationId, now), ct);

    /// <summary>The amendment enters the draft, for the next published version.</summary>
    public async Task<AmendmentView> AcceptAsync(ClaimsPrincipal user, Guid amendmentId, CancellationToken ct)
    {
        await callers.RequireDeclarationDeciderAsync(user, "accept an amendment", ct);
        var (declaration, amendment) = await db.RunAsync(async () =>
        {
            var declarationId = await db.Amendments.Where(a => a.Id == amendmentId).Select(a => a.DeclarationId).FirstOrDefaultAsync(ct);
            var declaration = await db.LockDeclarationAsync(declarationId, ct);
            var amendment = await db.LockAmendmentAsync(amendmentId, ct);
            declaration.AcceptAmendment(amendment, time.StoredNow());
            audit.Record(db, Actor.From(user), "amendment.accepted", nameof(Amendment), amendment.Id);
            return (declaration, amendment);
        }, ct);
        await broadcast.ChangedAsync(declaration, amendment);
        return DeclarationViews.For(amendment);
    }

    public async Task<AmendmentView> RejectAsync(ClaimsPrincipal user, Guid amendmentId, CancellationToken ct)
    {
        await callers.RequireDeclarationDeciderAsync(user, "reject an amendment", ct);
        var amendment = await db.RunAsync(async () =>
        {
            var amendment = await db.LockAmendmentAsync(amendmentId, ct);
            amendment.Reject(time.StoredNow());
            audit.Record(db, Actor.From(user), "amendment.rejected", nameof(Amendment), amendment.Id);
            return amendment;
        }, ct);
        await broadcast.AmendmentChangedAsync(amendment);
        return DeclarationViews.For(amendment);
    }

    private async Task<AmendmentView> ByDelegationAsync(ClaimsPrincipal user, Guid amendmentId, string what, string action,
        Action<Amendment, Guid, DateTimeOffset> change, CancellationToken ct)
    {
        var amendment = await db.RunAsync(async () =>
        {
            var amendment = await db.LockAmendmentAsync(amendmentId, ct);
            var delegation = await callers.HeadOrSeatHolderAsync(user, what, ct);
            change(amendment, delegation.Id, time.StoredNow());
            audit.Record(db, ActorFor(user, delegation.Id), action, nameof(Amendment), amendment.Id);
            return amendment;
        }, ct);
        await broadcast.AmendmentChangedAsync(amendment);
        return DeclarationViews.For(amendment);
    }

    private static Actor ActorFor(ClaimsPrincipal user, Guid delegationId) => Actor.From(user) with { DelegationId = delegationId };
}
