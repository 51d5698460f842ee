using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Domain.Declaration;

public sealed partial class Declaration
{
    /// <summary>A delegation proposes an amendment to a paragraph of the draft, while amendments are open.</summary>
    public Amendment ProposeAmendment(Guid amendmentId, Guid proposerDelegationId, Guid paragraphId, AmendmentKind kind,
        string? text, string reason, DateTimeOffset now)
    {
        TextLimits.Check(text, TextLimits.AmendmentText, "amendment text");
        TextLimits.Check(reason, TextLimits.Reason, "reason");
        Guard.That(State == DeclarationState.Drafting && AmendmentsOpen, DeclarationErrors.AmendmentsClosed, "Amendments are not open.");
        var paragraph = FindDraftParagraph(paragraphId);
        return Amendment.Propose(amendmentId, Id, paragraph, LatestVersion?.Number, proposerDelegationId, kind, text, reason, now);
    }

    /// <summary>The chair or secretariat accepts the amendment: it enters the draft, for the next version.</summary>
    public void AcceptAmendment(Amendment amendment, DateTimeOffset now)
    {
        EnsureOwn(amendment);
        amendment.EnsureProposed();
        EnsureDrafting("take amendments into the draft");
        ApplyToDraft(amendment);
        amendment.MarkAccepted(now);
    }

    /// <summary>
    /// Settles an amendment that was put to a vote: adopted, it enters the draft; otherwise it is rejected.
    /// </summary>
    public void ApplyAmendmentVote(Amendment amendment, PollResult result, DateTimeOffset now)
    {
        EnsureOwn(amendment);
        Guard.That(result.SubjectKind == PollSubjectKind.Amendment, DeclarationErrors.AmendmentPollMismatch, "That poll is not about an amendment.");
        amendment.EnsureAwaitingResultOf(result.PollId, result.SubjectId);
        if (!result.Adopted)
        {
            amendment.MarkRejected(now);
            return;
        }
        EnsureDrafting("take amendments into the draft");
        ApplyToDraft(amendment);
        amendment.MarkAccepted(now);
    }

    private void EnsureOwn(Amendment amendment) =>
        Guard.That(amendment.DeclarationId == Id, ErrorCodes.InvalidArgument, "That amendment is to another declaration.");

    // Each edit checks the paragraph still exists before it changes anything, so a failed apply leaves the
    // amendment pending and the draft as it was.
    private void ApplyToDraft(Amendment amendment)
    {
        switch (amendment.Kind)
        {
            case AmendmentKind.Replace:
                ReplaceParagraph(amendment.ParagraphId, amendment.Text!);
                break;
            case AmendmentKind.InsertAfter:
                AddParagraph(FindDraftParagraph(amendment.ParagraphId).Kind, amendment.Text!, amendment.ParagraphId);
                break;
            case AmendmentKind.Delete:
                DeleteParagraph(amendment.ParagraphId);
                break;
        }
    }
}
