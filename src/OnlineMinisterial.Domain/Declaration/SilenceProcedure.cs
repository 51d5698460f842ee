using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// One circulation of a published version under silence. Kept after it ends, so a declaration that went back to
/// drafting shows every round and who broke silence, and why.
/// </summary>
public sealed class SilenceProcedure
{
    private readonly List<Guid> _votingDelegationIds = [];
    private readonly List<SilenceBreak> _breaks = [];

    private SilenceProcedure() { }

    public Guid Id { get; private set; }
    public int VersionNumber { get; private set; }
    public DateTimeOffset CirculatedAt { get; private set; }
    public DateTimeOffset Deadline { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public SilenceOutcome Outcome { get; private set; }

    /// <summary>Why the secretariat withdrew the text from silence before the deadline; null otherwise.</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>The voting delegations when the text was circulated: only they may break silence.</summary>
    public IReadOnlyList<Guid> VotingDelegationIds => _votingDelegationIds;

    public IReadOnlyList<SilenceBreak> Breaks => _breaks;

    public bool IsBroken => _breaks.Count > 0;

    internal static SilenceProcedure Start(int versionNumber, IReadOnlyList<Guid> votingDelegationIds, DateTimeOffset deadline, DateTimeOffset now)
    {
        var procedure = new SilenceProcedure
        {
            Id = Guid.NewGuid(), VersionNumber = versionNumber, CirculatedAt = now, Deadline = deadline, Outcome = SilenceOutcome.Running,
        };
        procedure._votingDelegationIds.AddRange(votingDelegationIds);
        return procedure;
    }

    internal void Break(Guid delegationId, string reason, DateTimeOffset now)
    {
        Guard.That(now < Deadline, DeclarationErrors.SilenceBrokenAfterDeadline, "The silence deadline has passed.");
        Guard.That(Outcome == SilenceOutcome.Running, DeclarationErrors.SilenceNotRunning, "The declaration is not under silence.");
        Guard.That(_votingDelegationIds.Contains(delegationId), DeclarationErrors.SilenceNotEligible, "Only voting delegations may break silence.");
        Guard.That(_breaks.All(b => b.DelegationId != delegationId), DeclarationErrors.SilenceAlreadyBroken, "This delegation has already broken silence.");
        Guard.That(!string.IsNullOrWhiteSpace(reason), ErrorCodes.TextRequired, "Breaking silence needs a reason.");
        _breaks.Add(SilenceBreak.Of(delegationId, reason.Trim(), now));
    }

    internal void Withdraw(string reason, DateTimeOffset now)
    {
        Guard.That(Outcome == SilenceOutcome.Running, DeclarationErrors.SilenceNotRunning, "The declaration is not under silence.");
        Guard.That(now < Deadline, DeclarationErrors.SilenceDeadlinePassed, "The silence deadline has passed; the procedure is ending by itself.");
        Guard.That(!string.IsNullOrWhiteSpace(reason), ErrorCodes.TextRequired, "Withdrawing the text from silence needs a reason.");
        WithdrawalReason = reason.Trim();
        EndedAt = now;
        Outcome = SilenceOutcome.Withdrawn;
    }

    internal void End(DateTimeOffset now)
    {
        EndedAt = now;
        Outcome = IsBroken ? SilenceOutcome.Broken : SilenceOutcome.Adopted;
    }
}
