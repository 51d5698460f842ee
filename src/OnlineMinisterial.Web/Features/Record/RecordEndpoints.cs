using System.Security.Claims;
using System.Text;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Languages;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// A closed session's record as stored at its close: JSON and PDF, byte for byte, with their SHA-256 in a header.
/// Public to everyone signed in, like the proceedings themselves. The secretariat verifies the audit chain.
/// </summary>
public static class RecordEndpoints
{
    public const string ShaHeader = "X-Content-SHA256";

    /// <summary>A record exists once its session is closed (a not_found code: 404).</summary>
    public const string NotClosedCode = "record.not_found";

    public static IEndpointRouteBuilder MapRecord(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{id:guid}/record").WithTags("Record of proceedings");
        group.MapGet("/", Json).WithSummary("The record of proceedings as JSON, exactly as built at the close (session.not_closed before).");
        group.MapGet("/pdf", Pdf).WithSummary("The record of proceedings as a PDF in one of the six languages (lang=ar|zh|en|fr|ru|es; "
            + "by default the reader's language): English exactly as built at the close, the others written from the record's JSON.");
        group.MapGet("/corrections", async (Guid id, ClaimsPrincipal user, CorrectionService c, CancellationToken ct) => TypedResults.Ok(await c.ListAsync(user, id, ct)))
            .WithSummary("Corrigenda (accepted corrections) for everyone; the secretariat sees every correction, a delegation its own.");
        var corrections = group.MapGroup("/corrections").AddEndpointFilter<AntiforgeryFilter>();
        corrections.MapPost("/", async (Guid id, CorrectionRequest input, ClaimsPrincipal user, CorrectionService c, CancellationToken ct) =>
            TypedResults.Ok(await c.SubmitAsync(user, id, input, ct)))
            .WithSummary("A delegation corrects one of its own entries (entry: speech:N) within the window after the close.");
        corrections.MapPost("/{correctionId:guid}/accept", async (Guid id, Guid correctionId, CorrectionDecision? input, ClaimsPrincipal user, CorrectionService c, CancellationToken ct) =>
            TypedResults.Ok(await c.AcceptAsync(user, id, correctionId, input, ct)))
            .WithSummary("The secretariat accepts a correction: it is issued as the next corrigendum, beside the record.");
        corrections.MapPost("/{correctionId:guid}/reject", async (Guid id, Guid correctionId, CorrectionDecision? input, ClaimsPrincipal user, CorrectionService c, CancellationToken ct) =>
            TypedResults.Ok(await c.RejectAsync(user, id, correctionId, input, ct)))
            .WithSummary("The secretariat rejects a correction.");
        group.MapGet("/summary", Summary).WithSummary("The record's hashes and the audit chain head it carries.");

        app.MapGet("/api/audit/verify", async (AuditVerifier verifier, CancellationToken ct) => TypedResults.Ok(await verifier.VerifyAsync(ct)))
            .WithTags("Audit").AddEndpointFilter<SecretariatOnlyFilter>()
            .WithSummary("Walks the audit hash chain; names the first entry that was edited, removed or reordered (secretariat).");
        return app;
    }

    private static async Task<IResult> Json(Guid id, RecordService records, HttpContext http, CancellationToken ct)
    {
        var record = await FindAsync(records, id, ct);
        http.Response.Headers[ShaHeader] = record.JsonSha256;
        return Results.Bytes(Encoding.UTF8.GetBytes(record.Json), "application/json; charset=utf-8");
    }

    /// <summary>
    /// The PDF in the asked language, else in the reader's (the page's rule: their choice, the menu's cookie,
    /// Accept-Language, the conference's first language). English is the PDF kept at the close; another language is
    /// written from the JSON kept at the close, so the same record in the same language gives the same bytes.
    /// </summary>
    private static async Task<IResult> Pdf(Guid id, string? lang, RecordService records, PageLanguage readers, HttpContext http, CancellationToken ct)
    {
        var language = lang is null ? await readers.ChooseAsync(http, ct) : ConferenceLanguages.Choose(lang);
        var record = await FindAsync(records, id, ct);
        var pdf = language == "en" ? record.Pdf : RecordPdf.Render(RecordJson.Read(record.Json), record.JsonSha256, language);
        http.Response.Headers[ShaHeader] = language == "en" ? record.PdfSha256 : RecordJson.Sha256(pdf);
        http.Response.Headers.ContentLanguage = language;
        if (lang is null) http.Response.Headers.Vary = "Accept-Language, Cookie";
        return Results.File(pdf, "application/pdf", $"record-{id:N}-{language}.pdf");
    }

    private static async Task<IResult> Summary(Guid id, RecordService records, CancellationToken ct)
    {
        var r = await FindAsync(records, id, ct);
        return TypedResults.Ok(new RecordSummary(r.SessionId, r.ClosedAt, r.JsonSha256, r.PdfSha256, r.ChainSequence, r.ChainHash));
    }

    private static async Task<SessionRecord> FindAsync(RecordService records, Guid id, CancellationToken ct) =>
        await records.FindAsync(id, ct) ?? throw new DomainException(NotClosedCode, "The session has no record yet: it is not closed.");
}

public sealed record RecordSummary(Guid SessionId, DateTimeOffset ClosedAt, string JsonSha256, string PdfSha256, long ChainSequence, string ChainHash);
