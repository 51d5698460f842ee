using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Declaration;

public sealed partial class Declaration
{
    private readonly List<SilenceProcedure> _silenceProcedures = [];

    /// <summary>Every circulation under silence, oldest first.</summary>
    public IReadOnlyList<SilenceProcedure> SilenceProcedures => [.. _silenceProcedures.OrderBy(s => s.CirculatedAt)];

    public SilenceProcedure? CurrentSilence => _silenceProcedures.FirstOrDefault(s => s.Outcome == SilenceOutcome.Running);

    /// <summary>
    /// Circulates the latest published version under silence until <paramref name="deadline"/>. The draft must read as
    /// that version, so delegations are silent on the text the secretariat means; amendments close.
    /// </summary>
    public SilenceProcedure CirculateUnderSilence(IEnumerable<Guid> votingDelegationIds, DateTimeOffset deadline, DateTimeOffset now)
    {
        EnsureDrafting("be circulated under silence");
        var latest = LatestVersion;
        Guard.That(latest is not null, DeclarationErrors.NoPublishedVersion, "Publish a version before circulating it.");
        Guard.That(!HasUnpublishedChanges, DeclarationErrors.DraftUnpublished, "The draft has changes that are not published; publish them first.");
        Guard.That(deadline > now, DeclarationErrors.SilenceDeadlinePast, "The silence deadline must be in the future.");
        var voters = votingDelegationIds.Distinct().ToList();
        Guard.That(voters.Count > 0, ErrorCodes.InvalidArgument, "A silence procedure needs the voting delegations.");

        var procedure = SilenceProcedure.Start(latest!.Number, voters, deadline, now);
        _silenceProcedures.Add(procedure);
        State = DeclarationState.UnderSilence;
        AmendmentsOpen = false;
        Version++;
        return procedure;
    }

    /// <summary>A voting delegation breaks silence, once, before the deadline.</summary>
    public void BreakSilence(Guid delegationId, string reason, DateTimeOffset now)
    {
        TextLimits.Check(reason, TextLimits.Reason, "reason");
        // The last round, even if ended, so a late break is told "after the deadline" rather than "not running".
        var procedure = CurrentSilence ?? _silenceProcedures.MaxBy(s => s.CirculatedAt);
        Guard.That(procedure is not null, DeclarationErrors.SilenceNotRunning, "The declaration is not under silence.");
        procedure!.Break(delegationId, reason, now);
        Version++;
    }

    /// <summary>
    /// The secretariat ends the procedure early, before its deadline: the text is withdrawn from silence and the
    /// declaration returns to drafting (nothing is adopted), whether or not anyone broke silence. The round and its
    /// breaks stay in the history with the reason.
    /// </summary>
    public SilenceProcedure WithdrawFromSilence(string reason, DateTimeOffset now)
    {
        TextLimits.Check(reason, TextLimits.Reason, "reason");
        var procedure = CurrentSilence;
        Guard.That(procedure is not null, DeclarationErrors.SilenceNotRunning, "The declaration is not under silence.");
        procedure!.Withdraw(reason, now);
        State = DeclarationState.Drafting;
        Version++;
        return procedure;
    }

    /// <summary>
    /// For the scheduler, at or after the deadline: unbroken silence adopts the circulated version; broken silence
    /// returns the declaration to drafting, for the chair. Returns false and changes nothing if no silence is running.
    /// A call before the deadline is refused, so an early job is retried rather than ending silence early.
    /// </summary>
    public bool EndSilence(DateTimeOffset now)
    {
        var procedure = CurrentSilence;
        if (procedure is null) return false;
        Guard.That(now >= procedure.Deadline, DeclarationErrors.SilenceDeadlineNotReached, $"Silence runs until {procedure.Deadline:O}.");
        procedure.End(now);
        if (procedure.IsBroken)
            State = DeclarationState.Drafting;
        else
            Adopt(AdoptionMethod.Silence, procedure.VersionNumber, procedure.VotingDelegationIds, pollId: null, now);
        Version++;
        return true;
    }
}
