using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Web.Features.Accreditation.Email;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>The secretariat's accreditation API: delegations, focal points, nominations, participants, staff, outbox.</summary>
public static class SecretariatEndpoints
{
    public static IEndpointRouteBuilder MapAccreditationAdmin(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/accreditation").WithTags("Accreditation (secretariat)")
            .AddEndpointFilter<SecretariatOnlyFilter>().AddEndpointFilter<AntiforgeryFilter>();
        g.MapGet("/delegations", GetDelegations).WithSummary("Every delegation with its focal point, members, pending nominations and credentials letter.");
        g.MapPost("/delegations", CreateDelegation).WithSummary("Adds a delegation (code, name, kind, votes, rank of head).");
        g.MapPut("/delegations/{id:guid}", EditDelegation).WithSummary("Changes a delegation's name, kind, vote and rank; the code stays.");
        g.MapDelete("/delegations/{id:guid}", RemoveDelegation).WithSummary("Removes a delegation that has no accredited members.");
        g.MapPost("/delegations/import/preview", Preview).WithSummary("Reads a delegations CSV and says for each line: new, changed, unchanged or error (with the reason). Writes nothing.");
        g.MapPost("/delegations/import", Import).WithSummary("Imports a delegations CSV; refused, with nothing written, while any line has an error.");
        g.MapPost("/delegations/{id:guid}/focal-point", InviteFocalPoint).WithSummary("Names the delegation's focal point (usually its head) and e-mails an invitation.");
        g.MapGet("/delegations/{id:guid}/credentials", DownloadLetter).WithSummary("The delegation's current credentials letter (PDF).");
        g.MapGet("/nominations", GetNominations).WithSummary("Nominations and accreditation requests, by state (default: pending).");
        g.MapPost("/nominations/{id:guid}/approve", Approve).WithSummary("Approves: the account is made and an invitation e-mailed.");
        g.MapPost("/nominations/{id:guid}/reject", Reject).WithSummary("Rejects with a reason, which the nominee is sent.");
        g.MapGet("/participants", GetParticipants).WithSummary("Everyone accredited or asking to be; filters: delegation, role, state.");
        g.MapGet("/participants.csv", ExportParticipants).WithSummary("The same list as CSV (UTF-8 with BOM, for spreadsheets).");
        g.MapPost("/participants/{personId}/invitation", Resend).WithSummary("Sends a new invitation to someone who has not set a password yet.");
        g.MapPost("/staff", InviteStaff).WithSummary("Invites a secretariat colleague or a chair by e-mail.");
        g.MapPost("/participants/{personId}/chair", MakeChair).WithSummary("Lets an approved participant chair or moderate sessions (the Chair role).");
        g.MapGet("/outbox", GetOutbox).WithSummary("Messages written to the embedded outbox (when no SMTP server is configured), newest first.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DelegationAdminView>>> GetDelegations(AppDbContext db, CancellationToken ct)
    {
        var people = await db.Users.AsNoTracking().Select(p => new { p.Id, p.DisplayName, p.DelegationId }).ToListAsync(ct);
        var pending = await db.Nominations.Where(n => n.State == NominationState.Pending && n.DelegationId != null)
            .GroupBy(n => n.DelegationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key!.Value, x => x.Count, ct);
        var letters = (await db.CredentialsLetters.AsNoTracking().ToListAsync(ct)).GroupBy(l => l.DelegationId)
            .ToDictionary(g => g.Key, g => g.MaxBy(l => l.UploadedAt));
        var list = (await db.Delegations.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct)).Select(d => new DelegationAdminView(d.Id, d.Code, d.Name,
            d.Kind, d.Votes, d.HeadRank, d.FocalPointId, people.FirstOrDefault(p => p.Id == d.FocalPointId)?.DisplayName,
            people.Count(p => p.DelegationId == d.Id), pending.GetValueOrDefault(d.Id), Views.Of(letters.GetValueOrDefault(d.Id)), d.Version)).ToList();
        return TypedResults.Ok<IReadOnlyList<DelegationAdminView>>(list);
    }

    private static async Task<Created<Guid>> CreateDelegation(DelegationInput input, ClaimsPrincipal user, DelegationAdmin admin, CancellationToken ct)
    {
        var d = await admin.CreateAsync(user, input, ct);
        return TypedResults.Created($"/api/accreditation/delegations/{d.Id}", d.Id);
    }

    private static async Task<NoContent> EditDelegation(Guid id, DelegationInput input, ClaimsPrincipal user, DelegationAdmin admin, CancellationToken ct)
    {
        await admin.EditAsync(user, id, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveDelegation(Guid id, ClaimsPrincipal user, DelegationAdmin admin, CancellationToken ct)
    {
        await admin.RemoveAsync(user, id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ImportPreview>> Preview(ImportRequest input, DelegationAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.PreviewAsync(input.Csv, ct));

    private static async Task<Ok<ImportResult>> Import(ImportRequest input, ClaimsPrincipal user, DelegationAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ImportAsync(user, input.Csv, ct));

    private static async Task<Ok<NominationView>> InviteFocalPoint(Guid id, PersonInput input, ClaimsPrincipal user, FocalPoints focalPoints, CancellationToken ct) =>
        TypedResults.Ok(await focalPoints.InviteAsync(user, id, input, ct));

    private static async Task<PhysicalFileHttpResult> DownloadLetter(Guid id, CredentialsLetters letters, CancellationToken ct)
    {
        var (letter, path) = await letters.CurrentAsync(id, ct);
        return TypedResults.PhysicalFile(path, "application/pdf", letter.FileName);
    }

    private static async Task<Ok<IReadOnlyList<NominationView>>> GetNominations(string? state, AppDbContext db, CancellationToken ct)
    {
        var wanted = Enum.TryParse<NominationState>(state, ignoreCase: true, out var s) ? s : NominationState.Pending;
        var codes = await db.Delegations.ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var list = (await db.Nominations.AsNoTracking().Where(n => n.State == wanted).ToListAsync(ct)).OrderBy(n => n.SubmittedAt)
            .Select(n => Views.Of(n, n.DelegationId is { } d ? codes.GetValueOrDefault(d) : null)).ToList();
        return TypedResults.Ok<IReadOnlyList<NominationView>>(list);
    }

    private static async Task<Ok<NominationView>> Approve(Guid id, int? version, ClaimsPrincipal user, Decisions decisions, CancellationToken ct) =>
        TypedResults.Ok(await decisions.ApproveAsync(user, id, version, ct));

    private static async Task<Ok<NominationView>> Reject(Guid id, RejectRequest input, ClaimsPrincipal user, Decisions decisions, CancellationToken ct) =>
        TypedResults.Ok(await decisions.RejectAsync(user, id, input, ct));

    private static async Task<Ok<IReadOnlyList<Participants.Row>>> GetParticipants(Guid? delegation, string? role, string? state, Participants participants, CancellationToken ct) =>
        TypedResults.Ok(await participants.ListAsync(delegation, role, state, ct));

    private static async Task<FileContentHttpResult> ExportParticipants(Guid? delegation, string? role, string? state, Participants participants, CancellationToken ct)
    {
        var csv = Participants.ToCsv(await participants.ListAsync(delegation, role, state, ct));
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "participants.csv");
    }

    private static async Task<NoContent> Resend(string personId, ClaimsPrincipal user, Decisions decisions, CancellationToken ct)
    {
        await decisions.ResendInvitationAsync(user, personId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<string>> InviteStaff(StaffInput input, ClaimsPrincipal user, Decisions decisions, CancellationToken ct) =>
        TypedResults.Ok(await decisions.InviteStaffAsync(user, input, ct));

    private static async Task<NoContent> MakeChair(string personId, ClaimsPrincipal user, Decisions decisions, CancellationToken ct)
    {
        await decisions.MakeChairAsync(user, personId, ct);
        return TypedResults.NoContent();
    }

    private static Ok<OutboxView> GetOutbox(FolderOutbox outbox, Microsoft.Extensions.Options.IOptions<EmailOptions> options) =>
        TypedResults.Ok(new OutboxView(options.Value.UsesSmtp, options.Value.UsesSmtp ? [] : outbox.List()));
}

public sealed record OutboxView(bool UsesSmtp, IReadOnlyList<OutboxMessage> Messages);
