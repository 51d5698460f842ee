using System.Globalization;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Voting;

public sealed partial class Poll
{
    private static readonly StringComparer Alphabetical = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);

    /// <summary>The roll-call order, from the delegation drawn by lot; empty unless a roll call was started.</summary>
    public IReadOnlyList<RollCallEntry> RollCallOrder => [.. _rollCall.OrderBy(e => e.Position)];

    /// <summary>The first delegation in the roll-call order that has not voted yet, if any.</summary>
    public Guid? NextInRollCall =>
        RollCallOrder.FirstOrDefault(e => ParticipationOf(e.DelegationId) is null)?.DelegationId;

    /// <summary>Starts a roll call with the delegation drawn by the caller's lot (e.g. a seeded or secure random).</summary>
    public void StartRollCall(IReadOnlyCollection<RollCallDelegation> delegations, Random lot)
    {
        var alphabetical = InAlphabeticalOrder(delegations);
        Guard.That(alphabetical.Count > 0, VotingErrors.RollCallInvalid, "A roll call needs the voting delegations.");
        StartRollCall(delegations, alphabetical[lot.Next(alphabetical.Count)].DelegationId);
    }

    /// <summary>
    /// Starts a roll call of a recorded, open poll: from <paramref name="drawnDelegationId"/>, then alphabetically by
    /// name, wrapping around. <paramref name="delegations"/> must be exactly the poll's voting delegations.
    /// </summary>
    public void StartRollCall(IReadOnlyCollection<RollCallDelegation> delegations, Guid drawnDelegationId)
    {
        DrawRollCall(delegations, drawnDelegationId);
        Version++;
    }

    /// <summary>Opens the poll and starts its roll call in one change (one version), as opening a roll-call poll does.</summary>
    public void OpenWithRollCall(IEnumerable<Guid> eligibleDelegationIds, int presentVotingDelegations, DateTimeOffset now,
        DateTimeOffset? deadline, IReadOnlyCollection<RollCallDelegation> delegations, Guid drawnDelegationId)
    {
        Guard.That(Mode == PollMode.Recorded, VotingErrors.RollCallRequiresRecorded, "Only a recorded poll can run as a roll call.");
        Open(eligibleDelegationIds, presentVotingDelegations, now, deadline);
        DrawRollCall(delegations, drawnDelegationId);
    }

    private void DrawRollCall(IReadOnlyCollection<RollCallDelegation> delegations, Guid drawnDelegationId)
    {
        Guard.That(Mode == PollMode.Recorded, VotingErrors.RollCallRequiresRecorded, "Only a recorded poll can run as a roll call.");
        Guard.That(State == PollState.Open, VotingErrors.NotOpen, "A roll call starts once the poll is open.");
        Guard.That(_rollCall.Count == 0, VotingErrors.RollCallInvalid, "The roll call has already been drawn.");
        Guard.That(delegations.All(d => !string.IsNullOrWhiteSpace(d.Name)), VotingErrors.RollCallInvalid, "Every delegation needs a name.");
        var ids = delegations.Select(d => d.DelegationId).ToHashSet();
        Guard.That(ids.Count == delegations.Count && ids.SetEquals(_eligibleDelegationIds), VotingErrors.RollCallInvalid,
            "The roll call must list each voting delegation of the poll once.");

        var alphabetical = InAlphabeticalOrder(delegations);
        var start = alphabetical.FindIndex(d => d.DelegationId == drawnDelegationId);
        Guard.That(start >= 0, VotingErrors.RollCallInvalid, "The delegation drawn by lot does not vote in this poll.");
        for (var i = 0; i < alphabetical.Count; i++)
            _rollCall.Add(RollCallEntry.At(i + 1, alphabetical[(start + i) % alphabetical.Count]));
    }

    // Culture-aware, so "Côte d'Ivoire" sorts among the C's; the id breaks ties so the order is always the same.
    private static List<RollCallDelegation> InAlphabeticalOrder(IEnumerable<RollCallDelegation> delegations) =>
        [.. delegations.OrderBy(d => d.Name.Trim(), Alphabetical).ThenBy(d => d.DelegationId)];
}
