using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>The votes, decisions and statements of the session's time.</summary>
public sealed partial class RecordBuilder
{
    private async Task<IReadOnlyList<RecordPoll>> PollsAsync(Guid conferenceId, DateTimeOffset from, DateTimeOffset to,
        Func<Guid?, RecordDelegation?> delegation, CancellationToken ct)
    {
        var polls = await db.Polls.AsNoTracking().AsSplitQuery()
            .Where(p => p.ConferenceId == conferenceId && p.OpenedAt != null && p.OpenedAt >= from && p.OpenedAt <= to)
            .ToListAsync(ct);
        return polls.OrderBy(p => p.OpenedAt).ThenBy(p => p.Id).Select(p =>
        {
            var result = p.Result;
            // A recorded poll says how each delegation voted; a secret one only its totals.
            var votes = p.Mode == PollMode.Recorded && result is not null
                ? result.RecordedVotes.Select(v => new RecordVote(delegation(v.DelegationId) ?? new RecordDelegation("", ""), v.Choice.ToString()))
                    .OrderBy(v => v.Delegation.Name, StringComparer.Ordinal).ThenBy(v => v.Delegation.Code, StringComparer.Ordinal).ToList()
                : [];
            return new RecordPoll(p.Id, p.Question, p.SubjectKind.ToString(), p.Mode.ToString(), p.Rule.ToString(), QuorumText(p.Quorum),
                p.State.ToString(), p.OpenedAt, p.ClosedAt, result?.Yes, result?.No, result?.Abstain, result?.Eligible, result?.Present,
                result?.Voted, result?.QuorumMet, result?.Adopted, result?.Reason, votes, Voting.PollWordingView.From(p.Wording));
        }).ToList();
    }

    private static string QuorumText(Quorum q) => q.Kind switch
    {
        QuorumKind.MajorityOfEligible => "majority of voting delegations present",
        QuorumKind.Count => $"{q.Value:0} voting delegations present",
        _ => $"{q.Value:0.##} of voting delegations present",
    };

    private async Task<IReadOnlyList<RecordDecision>> DecisionsAsync(Guid conferenceId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var declarations = await db.Declarations.AsNoTracking().Where(d => d.ConferenceId == conferenceId)
            .Select(d => new { d.Id, d.Title, d.AdoptedAt, d.AdoptedBy, d.AdoptedVersionNumber }).ToListAsync(ct);
        var ids = declarations.Select(d => d.Id).ToList();
        var amendments = await db.Amendments.AsNoTracking()
            .Where(a => ids.Contains(a.DeclarationId) && a.ClosedAt != null && a.ClosedAt >= from && a.ClosedAt <= to
                && (a.State == AmendmentState.Accepted || a.State == AmendmentState.Rejected))
            .ToListAsync(ct);
        var decisions = amendments.Select(a => new RecordDecision(a.ClosedAt!.Value, $"Amendment to {a.ParagraphLabel} ({a.Kind})",
            a.State.ToString(), a.Reason)).ToList();
        decisions.AddRange(declarations.Where(d => d.AdoptedAt >= from && d.AdoptedAt <= to)
            .Select(d => new RecordDecision(d.AdoptedAt!.Value, d.Title, "Adopted", $"version {d.AdoptedVersionNumber}, by {d.AdoptedBy}")));
        return decisions.OrderBy(d => d.At).ThenBy(d => d.Subject, StringComparer.Ordinal).ToList();
    }

    private async Task<IReadOnlyList<RecordStatement>> StatementsAsync(Guid conferenceId, DateTimeOffset from, DateTimeOffset to,
        Func<Guid?, RecordDelegation?> delegation, CancellationToken ct)
    {
        var declarations = await db.Declarations.AsNoTracking().AsSplitQuery().Where(d => d.ConferenceId == conferenceId).ToListAsync(ct);
        return declarations.SelectMany(d => d.Statements)
            .Where(s => s.AttachedAt >= from && s.AttachedAt <= to)
            .OrderBy(s => s.AttachedAt).ThenBy(s => s.Id)
            .Select(s => new RecordStatement(delegation(s.DelegationId) ?? new RecordDelegation("", ""), s.Kind.ToString(), s.Text, s.AttachedAt))
            .ToList();
    }
}
