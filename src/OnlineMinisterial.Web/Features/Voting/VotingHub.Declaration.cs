using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Declaration;

namespace OnlineMinisterial.Web.Features.Voting;

// The declaration's methods on the voting hub: one connection carries the ballot and the text being voted on.
public sealed partial class VotingHub
{
    /// <summary>The current published version with its changes, the amendments, silence and adoption; the draft for the secretariat.</summary>
    public Task<DeclarationSnapshot> GetDeclaration() => declarations.SnapshotAsync(Context.User!, Context.ConnectionAborted);

    public Task<FinalDeclarationView> GetFinalDeclaration() => declarations.FinalAsync(Context.ConnectionAborted);

    // The secretariat drafts and publishes.
    public Task<DeclarationView> CreateDeclaration(string title) => drafting.CreateAsync(Context.User!, title, Context.ConnectionAborted);

    public Task<DeclarationView> AddParagraph(ParagraphKind kind, string text, Guid? afterParagraphId) =>
        drafting.AddParagraphAsync(Context.User!, kind, text, afterParagraphId, Context.ConnectionAborted);

    public Task<DeclarationView> ReplaceParagraph(Guid paragraphId, string text) =>
        drafting.ReplaceParagraphAsync(Context.User!, paragraphId, text, Context.ConnectionAborted);

    public Task<DeclarationView> DeleteParagraph(Guid paragraphId) => drafting.DeleteParagraphAsync(Context.User!, paragraphId, Context.ConnectionAborted);

    public Task<DeclarationView> MoveParagraph(Guid paragraphId, Guid? afterParagraphId) =>
        drafting.MoveParagraphAsync(Context.User!, paragraphId, afterParagraphId, Context.ConnectionAborted);

    public Task<DeclarationView> PublishDraft() => drafting.PublishDraftAsync(Context.User!, Context.ConnectionAborted);

    public Task<DeclarationView> OpenAmendments() => drafting.OpenAmendmentsAsync(Context.User!, Context.ConnectionAborted);

    public Task<DeclarationView> CloseAmendments() => drafting.CloseAmendmentsAsync(Context.User!, Context.ConnectionAborted);

    // Delegations (head or seat holder) propose and co-sponsor; the chair or secretariat decides.
    public Task<AmendmentView> ProposeAmendment(ProposeAmendmentRequest request) =>
        amendments.ProposeAsync(Context.User!, request, Context.ConnectionAborted);

    public Task<AmendmentView> CoSponsorAmendment(Guid amendmentId) => amendments.CoSponsorAsync(Context.User!, amendmentId, Context.ConnectionAborted);

    public Task<AmendmentView> WithdrawAmendment(Guid amendmentId) => amendments.WithdrawAsync(Context.User!, amendmentId, Context.ConnectionAborted);

    public Task<AmendmentView> AcceptAmendment(Guid amendmentId) => amendments.AcceptAsync(Context.User!, amendmentId, Context.ConnectionAborted);

    public Task<AmendmentView> RejectAmendment(Guid amendmentId) => amendments.RejectAsync(Context.User!, amendmentId, Context.ConnectionAborted);

    /// <summary>Creates a draft poll on the amendment; the secretariat opens it.</summary>
    public Task<PollView> PutAmendmentToVote(Guid amendmentId, PollMode mode, DecisionRule rule) =>
        creation.PutAmendmentToVoteAsync(Context.User!, amendmentId, mode, rule, Context.ConnectionAborted);

    // Silence and statements.
    public Task<DeclarationView> CirculateUnderSilence(DateTimeOffset deadline) =>
        adoption.CirculateAsync(Context.User!, deadline, Context.ConnectionAborted);

    /// <summary>The secretariat ends silence early: the text goes back to drafting, nothing is adopted.</summary>
    public Task<DeclarationView> WithdrawFromSilence(string reason) => adoption.WithdrawFromSilenceAsync(Context.User!, reason, Context.ConnectionAborted);

    public Task<DeclarationView> BreakSilence(string reason) => adoption.BreakSilenceAsync(Context.User!, reason, Context.ConnectionAborted);

    public Task<DeclarationView> AttachStatement(StatementKind kind, string text) =>
        adoption.AttachStatementAsync(Context.User!, kind, text, Context.ConnectionAborted);
}
