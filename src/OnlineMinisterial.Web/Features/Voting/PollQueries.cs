using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>Snapshots of polls for the hub and the API, each in the shape the caller may see.</summary>
public sealed class PollQueries(AppDbContext db, TimeProvider time)
{
    public async Task<PollsSnapshot> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var polls = await db.ReadPollsAsync(await db.CurrentConferenceIdAsync(ct), ct);
        var secretariat = Callers.IsSecretariat(user);
        var seat = await SeatOfAsync(user, ct);
        return new PollsSnapshot(time.GetUtcNow(), [.. polls.Select(p => PollViews.For(p, PollPlan.Of(db, p), secretariat, seat))]);
    }

    public async Task<PollSnapshot> GetAsync(ClaimsPrincipal user, Guid pollId, CancellationToken ct)
    {
        var poll = await db.ReadPollAsync(pollId, ct);
        return new PollSnapshot(time.GetUtcNow(), PollViews.For(poll, PollPlan.Of(db, poll), Callers.IsSecretariat(user), await SeatOfAsync(user, ct)));
    }

    /// <summary>The delegation whose seat the caller holds now, whose own vote their reads carry; null for everyone else.</summary>
    private async Task<Guid?> SeatOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var personId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (personId is null) return null;
        return await db.Delegations.AsNoTracking().Where(d => d.SeatHolderId == personId).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The published result with delegation names; for a secret poll, totals only.</summary>
    public async Task<PollResultsDocument> ResultsAsync(Guid pollId, CancellationToken ct)
    {
        var poll = await db.ReadPollAsync(pollId, ct);
        if (poll.State != PollState.Published || poll.Result is not { } result)
            throw new DomainException(VotingErrors.NotPublished, $"The poll is {poll.State}; its results are available once published.");
        var votes = new List<DelegationVote>();
        if (poll.Mode == PollMode.Recorded)
        {
            var choices = result.RecordedVotes.ToDictionary(v => v.DelegationId, v => v.Choice);
            var eligible = result.EligibleDelegationIds;
            var delegations = await db.Delegations.Where(d => eligible.Contains(d.Id)).Select(d => new { d.Id, d.Code, d.Name }).ToListAsync(ct);
            votes.AddRange(delegations.OrderBy(d => d.Name, StringComparer.InvariantCultureIgnoreCase)
                .Select(d => new DelegationVote(d.Id, d.Code, d.Name, choices.TryGetValue(d.Id, out var c) ? c : null)));
        }
        // The results files are English data (codes, the rules' reason): the question is worded in English too.
        var question = Record.PollQuestionText.Of(poll.Question, PollWordingView.From(poll.Wording), Record.RecordTexts.For("en"));
        return new PollResultsDocument(poll.Id, question, poll.SubjectKind, poll.SubjectId, poll.Mode, poll.Rule, poll.PublishedAt!.Value,
            result.Adopted, result.QuorumMet, result.Reason, result.Yes, result.No, result.Abstain, result.Voted, result.Present,
            result.Eligible, votes);
    }
}
