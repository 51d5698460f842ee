using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// Creates draft polls: the secretariat on the declaration or an amendment, the chair too when putting an amendment
/// to the vote. An amendment's poll is created with the amendment marked as under that vote, in one transaction.
/// </summary>
public sealed class PollCreation(AppDbContext db, Callers callers, AuditLog audit, VotingBroadcaster broadcast, TimeProvider time)
{
    public Task<PollView> CreateAsync(ClaimsPrincipal user, CreatePollRequest request, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "create a poll");
        return CreateCoreAsync(user, request, ct);
    }

    /// <summary>The chair or secretariat puts an amendment to a vote; the secretariat then opens the poll.</summary>
    public async Task<PollView> PutAmendmentToVoteAsync(ClaimsPrincipal user, Guid amendmentId, PollMode mode, DecisionRule rule, CancellationToken ct)
    {
        await callers.RequireDeclarationDeciderAsync(user, "put an amendment to the vote", ct);
        return await CreateCoreAsync(user, new CreatePollRequest(PollSubjectKind.Amendment, amendmentId, null, mode, rule, null, null, false), ct);
    }

    private async Task<PollView> CreateCoreAsync(ClaimsPrincipal user, CreatePollRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.StoredNow();
        Guard(request.Deadline is null || request.Deadline > now, VotingErrors.DeadlinePast, "The deadline must be in the future.");
        Guard(!request.RollCall || request.Mode == PollMode.Recorded, VotingErrors.RollCallRequiresRecorded, "Only a recorded poll can run as a roll call.");
        var quorum = request.Quorum is null ? null : QuorumOf(request.Quorum);
        var actor = Actor.From(user);

        var (poll, amendment) = await db.RunAsync(async () =>
        {
            var conferenceId = await db.CurrentConferenceIdAsync(ct);
            var pollId = Guid.NewGuid();
            var (wording, amendment) = request.SubjectKind switch
            {
                PollSubjectKind.Declaration => (await DeclarationWordingAsync(request.SubjectId, ct), (Amendment?)null),
                PollSubjectKind.Amendment => await PutToVoteAsync(request.SubjectId, pollId, now, ct),
                _ => throw new DomainException(ErrorCodes.InvalidArgument, "Unknown subject kind."),
            };
            // Without a question of its own, the poll's question is worded from its subject in each reader's language.
            var poll = Poll.Create(pollId, conferenceId, request.SubjectKind, request.SubjectId, request.Question,
                request.Mode, request.Rule, now, quorum, wording);
            db.Polls.Add(poll);
            new PollPlan(request.Deadline is { } deadline ? StoredTime.Stored(deadline) : null, request.RollCall).ApplyTo(db, poll);
            audit.Record(db, actor, "poll.created", nameof(Poll), poll.Id,
                new { poll.SubjectKind, poll.SubjectId, poll.Mode, poll.Rule, request.Deadline, request.RollCall });
            if (amendment is not null)
                audit.Record(db, actor, "amendment.put_to_vote", nameof(Amendment), amendment.Id, new { PollId = poll.Id });
            return (poll, amendment);
        }, ct);

        var plan = PollPlan.Of(db, poll);
        await broadcast.PollChangedAsync(poll, plan);
        if (amendment is not null) await broadcast.AmendmentChangedAsync(amendment);
        return PollViews.For(poll, plan, Callers.IsSecretariat(user));
    }

    // A vote adopts the latest published version, so there must be one, and only one such vote may be pending.
    private async Task<PollWording> DeclarationWordingAsync(Guid declarationId, CancellationToken ct)
    {
        var declaration = await db.LockDeclarationAsync(declarationId, ct);
        Guard(declaration.State == DeclarationState.Drafting, DeclarationErrors.NotDrafting, $"The declaration is {declaration.State}; it cannot be put to a vote.");
        Guard(declaration.LatestVersion is not null, DeclarationErrors.NoPublishedVersion, "Publish a version before putting the declaration to a vote.");
        Guard(!await db.HasPendingPollAsync(PollSubjectKind.Declaration, declarationId, ct), DeclarationErrors.PollPending,
            "A vote on the declaration is already pending.");
        return PollWording.ForDeclaration(declaration.Title, declaration.LatestVersion!.Number);
    }

    private async Task<(PollWording, Amendment?)> PutToVoteAsync(Guid amendmentId, Guid pollId, DateTimeOffset now, CancellationToken ct)
    {
        var amendment = await db.LockAmendmentAsync(amendmentId, ct);
        amendment.PutToVote(pollId, now);
        var proposer = await db.Delegations.Where(d => d.Id == amendment.ProposerDelegationId)
            .Select(d => new { d.Code, d.Name }).FirstAsync(ct);
        return (PollWording.ForAmendment(proposer.Code, proposer.Name, amendment.Kind, amendment.ParagraphLabel), amendment);
    }

    private static Quorum QuorumOf(QuorumSpec spec) => spec.Kind switch
    {
        QuorumKind.MajorityOfEligible => Quorum.Majority,
        // A count that is not a whole number in range becomes 0, which the domain refuses with its own message.
        QuorumKind.Count => Quorum.AtLeast(spec.Value is >= 1 and <= 100_000 && decimal.Truncate(spec.Value) == spec.Value ? (int)spec.Value : 0),
        QuorumKind.Fraction => Quorum.Fraction(spec.Value),
        _ => throw new DomainException(ErrorCodes.InvalidArgument, "Unknown quorum kind."),
    };

    private static void Guard(bool condition, string code, string message)
    {
        if (!condition) throw new DomainException(code, message);
    }
}
