namespace OnlineMinisterial.Domain.Declaration;

/// <summary>Stable codes for the declaration, its amendments and the silence procedure. Never renamed.</summary>
public static class DeclarationErrors
{
    public const string NotFound = "declaration.not_found";
    public const string NotDrafting = "declaration.not_drafting";
    public const string ParagraphNotFound = "declaration.paragraph_not_found";
    public const string ParagraphOrderInvalid = "declaration.paragraph_order_invalid";
    public const string DraftEmpty = "declaration.draft_empty";
    public const string DraftUnchanged = "declaration.draft_unchanged";
    public const string DraftUnpublished = "declaration.draft_unpublished";
    public const string NoPublishedVersion = "declaration.no_published_version";
    public const string VersionNotFound = "declaration.version_not_found";
    public const string AmendmentsClosed = "declaration.amendments_closed";
    public const string PollSubjectMismatch = "declaration.poll_subject_mismatch";
    public const string PollNotAdopted = "declaration.poll_not_adopted";
    public const string NotAdopted = "declaration.not_adopted";
    public const string StatementAlreadyAttached = "declaration.statement_already_attached";

    // Checked by the host, which knows about polls and the conference.
    public const string AlreadyExists = "declaration.already_exists";
    public const string PollPending = "declaration.poll_pending";

    public const string AmendmentNotFound = "amendment.not_found";
    public const string AmendmentClosed = "amendment.closed";
    public const string AmendmentUnderVote = "amendment.under_vote";
    public const string AmendmentNotUnderVote = "amendment.not_under_vote";
    public const string AmendmentPollMismatch = "amendment.poll_mismatch";
    public const string ProposerCannotCoSponsor = "amendment.proposer_cannot_cosponsor";
    public const string AlreadyCoSponsored = "amendment.already_cosponsored";
    public const string WithdrawForbidden = "amendment.withdraw_forbidden";

    public const string SilenceNotRunning = "silence.not_running";
    public const string SilenceBrokenAfterDeadline = "silence.broken_after_deadline";
    public const string SilenceNotEligible = "silence.not_eligible";
    public const string SilenceAlreadyBroken = "silence.already_broken";
    public const string SilenceDeadlineNotReached = "silence.deadline_not_reached";
    public const string SilenceDeadlinePassed = "silence.deadline_passed";
    public const string SilenceDeadlinePast = "silence.deadline_in_past";
}
