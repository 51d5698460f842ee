using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Voting;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>The secretariat drafts the declaration, publishes versions and opens or closes amendments.</summary>
public sealed class DraftingCommands(AppDbContext db, AuditLog audit, DeclarationChanges changes, VotingBroadcaster broadcast, TimeProvider time)
{
    public async Task<DeclarationView> CreateAsync(ClaimsPrincipal user, string title, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "create the declaration");
        TextLimits.Check(title, TextLimits.Title, "title");
        var declaration = await db.RunAsync(async () =>
        {
            var conferenceId = await db.CurrentConferenceIdAsync(ct);
            if (await db.Declarations.AnyAsync(d => d.ConferenceId == conferenceId, ct))
                throw new DomainException(DeclarationErrors.AlreadyExists, "The conference already has its declaration.");
            var declaration = Domain.Declaration.Declaration.Create(Guid.NewGuid(), conferenceId, title, time.StoredNow());
            db.Declarations.Add(declaration);
            audit.Record(db, Actor.From(user), "declaration.created", nameof(Domain.Declaration.Declaration), declaration.Id, new { declaration.Title });
            return declaration;
        }, ct);
        await broadcast.DeclarationChangedAsync(declaration);
        return DeclarationViews.For(declaration, secretariat: true);
    }

    public Task<DeclarationView> AddParagraphAsync(ClaimsPrincipal user, ParagraphKind kind, string text, Guid? afterParagraphId, CancellationToken ct) =>
        EditAsync(user, "declaration.paragraph_added", d =>
        {
            TextLimits.Check(text, TextLimits.Paragraph, "paragraph");
            var p = d.AddParagraph(kind, text, afterParagraphId);
            return new { ParagraphId = p.Id, p.Label };
        }, ct);

    public Task<DeclarationView> ReplaceParagraphAsync(ClaimsPrincipal user, Guid paragraphId, string text, CancellationToken ct) =>
        EditAsync(user, "declaration.paragraph_replaced", d =>
        {
            TextLimits.Check(text, TextLimits.Paragraph, "paragraph");
            d.ReplaceParagraph(paragraphId, text);
            return new { ParagraphId = paragraphId };
        }, ct);

    public Task<DeclarationView> DeleteParagraphAsync(ClaimsPrincipal user, Guid paragraphId, CancellationToken ct) =>
        EditAsync(user, "declaration.paragraph_deleted", d =>
        {
            d.DeleteParagraph(paragraphId);
            return new { ParagraphId = paragraphId };
        }, ct);

    public Task<DeclarationView> MoveParagraphAsync(ClaimsPrincipal user, Guid paragraphId, Guid? afterParagraphId, CancellationToken ct) =>
        EditAsync(user, "declaration.paragraph_moved", d =>
        {
            d.MoveParagraph(paragraphId, afterParagraphId);
            return new { ParagraphId = paragraphId, AfterParagraphId = afterParagraphId };
        }, ct);

    public Task<DeclarationView> OpenAmendmentsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        EditAsync(user, "declaration.amendments_opened", d => d.OpenAmendments() ? new { } : null, ct);

    public Task<DeclarationView> CloseAmendmentsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        EditAsync(user, "declaration.amendments_closed", d => d.CloseAmendments() ? new { } : null, ct);

    /// <summary>Publishes the draft as the next version; not while a vote on the declaration is pending (it votes on the text as it stood).</summary>
    public async Task<DeclarationView> PublishDraftAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "publish the declaration");
        var declaration = await changes.ApplyAsync("declaration.published", null, async d =>
        {
            if (await db.HasPendingPollAsync(PollSubjectKind.Declaration, d.Id, ct))
                throw new DomainException(DeclarationErrors.PollPending, "A vote on the declaration is pending; publish a new version after it is decided or cancelled.");
            var version = d.PublishDraft(time.StoredNow());
            return (Actor.From(user), new { Version = version.Number });
        }, ct);
        return DeclarationViews.For(declaration, secretariat: true);
    }

    private async Task<DeclarationView> EditAsync(ClaimsPrincipal user, string action, Func<Domain.Declaration.Declaration, object?> edit, CancellationToken ct)
    {
        Callers.RequireSecretariat(user, "edit the declaration");
        var declaration = await changes.ApplyAsync(action, null, d => Task.FromResult((Actor.From(user), edit(d))), ct);
        return DeclarationViews.For(declaration, secretariat: true);
    }
}
