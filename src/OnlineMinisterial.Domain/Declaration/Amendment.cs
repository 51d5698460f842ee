using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// A delegation's proposal to change one paragraph. Its own aggregate: co-sponsorship and decisions do not lock the
/// declaration. It is proposed and accepted through <see cref="Declaration"/>, which checks the paragraph and
/// applies the change to the draft. Accepted, rejected and withdrawn amendments are closed for good.
/// </summary>
public sealed class Amendment
{
    private readonly List<CoSponsorship> _coSponsors = [];

    private Amendment() { }

    public Guid Id { get; private set; }
    public Guid DeclarationId { get; private set; }
    public Guid ParagraphId { get; private set; }

    /// <summary>The paragraph's label when proposed (e.g. OP5), as delegations referred to it then.</summary>
    public string ParagraphLabel { get; private set; } = "";

    /// <summary>The latest published version when proposed, if any.</summary>
    public int? BasedOnVersion { get; private set; }

    public AmendmentKind Kind { get; private set; }

    /// <summary>The new text for Replace and InsertAfter; null for Delete.</summary>
    public string? Text { get; private set; }

    public string Reason { get; private set; } = "";
    public Guid ProposerDelegationId { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public AmendmentState State { get; private set; }
    public Guid? PollId { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<CoSponsorship> CoSponsors => _coSponsors;

    public bool IsClosed => State is AmendmentState.Accepted or AmendmentState.Rejected or AmendmentState.Withdrawn;

    internal static Amendment Propose(Guid id, Guid declarationId, Paragraph paragraph, int? basedOnVersion,
        Guid proposerDelegationId, AmendmentKind kind, string? text, string reason, DateTimeOffset now)
    {
        Guard.That(Enum.IsDefined(kind), ErrorCodes.InvalidArgument, "Unknown amendment kind.");
        Guard.That(kind == AmendmentKind.Delete ? string.IsNullOrWhiteSpace(text) : !string.IsNullOrWhiteSpace(text),
            ErrorCodes.InvalidArgument, kind == AmendmentKind.Delete ? "A deletion has no new text." : "This amendment needs the new text.");
        Guard.That(!string.IsNullOrWhiteSpace(reason), ErrorCodes.TextRequired, "An amendment needs a reason.");
        return new Amendment
        {
            Id = id, DeclarationId = declarationId, ParagraphId = paragraph.Id, ParagraphLabel = paragraph.Label,
            BasedOnVersion = basedOnVersion, Kind = kind, Text = text?.Trim(), Reason = reason.Trim(),
            ProposerDelegationId = proposerDelegationId, ProposedAt = now, State = AmendmentState.Proposed,
        };
    }

    public void CoSponsor(Guid delegationId, DateTimeOffset now)
    {
        EnsureProposed();
        Guard.That(delegationId != ProposerDelegationId, DeclarationErrors.ProposerCannotCoSponsor, "The proposer cannot co-sponsor its own amendment.");
        Guard.That(_coSponsors.All(c => c.DelegationId != delegationId), DeclarationErrors.AlreadyCoSponsored, "This delegation already co-sponsors the amendment.");
        _coSponsors.Add(CoSponsorship.Of(delegationId, now));
        Version++;
    }

    /// <summary>The proposer withdraws its amendment, before it is decided or put to a vote.</summary>
    public void Withdraw(Guid delegationId, DateTimeOffset now)
    {
        EnsureProposed();
        Guard.That(delegationId == ProposerDelegationId, DeclarationErrors.WithdrawForbidden, "Only the proposing delegation can withdraw the amendment.");
        CloseAs(AmendmentState.Withdrawn, now);
    }

    /// <summary>The chair or secretariat rejects the amendment without a vote.</summary>
    public void Reject(DateTimeOffset now)
    {
        EnsureProposed();
        CloseAs(AmendmentState.Rejected, now);
    }

    /// <summary>The amendment will be decided by <paramref name="pollId"/>; see <see cref="Declaration.ApplyAmendmentVote"/>.</summary>
    public void PutToVote(Guid pollId, DateTimeOffset now)
    {
        EnsureProposed();
        PollId = pollId;
        State = AmendmentState.PutToVote;
        Version++;
    }

    /// <summary>The poll was cancelled: the amendment is pending again, to be decided or put to a new vote.</summary>
    public void CancelVote()
    {
        EnsureNotClosed();
        Guard.That(State == AmendmentState.PutToVote, DeclarationErrors.AmendmentNotUnderVote, "The amendment is not under a vote.");
        PollId = null;
        State = AmendmentState.Proposed;
        Version++;
    }

    internal void EnsureProposed()
    {
        EnsureNotClosed();
        Guard.That(State != AmendmentState.PutToVote, DeclarationErrors.AmendmentUnderVote, "The amendment is under a vote; the vote decides it.");
    }

    internal void EnsureAwaitingResultOf(Guid pollId, Guid subjectId)
    {
        EnsureNotClosed();
        Guard.That(State == AmendmentState.PutToVote, DeclarationErrors.AmendmentNotUnderVote, "The amendment is not under a vote.");
        Guard.That(pollId == PollId && subjectId == Id, DeclarationErrors.AmendmentPollMismatch, "That result is from another poll.");
    }

    internal void MarkAccepted(DateTimeOffset now) => CloseAs(AmendmentState.Accepted, now);

    internal void MarkRejected(DateTimeOffset now) => CloseAs(AmendmentState.Rejected, now);

    private void EnsureNotClosed() =>
        Guard.That(!IsClosed, DeclarationErrors.AmendmentClosed, $"The amendment is {State}; it can no longer change.");

    private void CloseAs(AmendmentState state, DateTimeOffset now)
    {
        State = state;
        ClosedAt = now;
        Version++;
    }
}
