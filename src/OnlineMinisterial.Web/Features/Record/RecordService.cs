using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>Builds and keeps a session's record inside its closing transaction; reads it back as stored.</summary>
public sealed class RecordService(AppDbContext db, RecordBuilder builder)
{
    /// <summary>
    /// Called by the close after the session's change and its audit entry are recorded: saving them first links the
    /// closing entry into the audit chain, whose head the record then carries.
    /// </summary>
    public async Task<SessionRecord> CreateAsync(Session session, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var (document, json, pdf) = await BuildAsync(session.Id, ct);
        var record = new SessionRecord
        {
            SessionId = session.Id, Json = json, Pdf = pdf, JsonSha256 = RecordJson.Sha256(json), PdfSha256 = RecordJson.Sha256(pdf),
            ChainSequence = document.AuditChain.Sequence, ChainHash = document.AuditChain.Hash, ClosedAt = document.Session.ClosedAt,
        };
        db.Set<SessionRecord>().Add(record);
        return record;
    }

    /// <summary>The record as it would be built now from the database: the same as the stored one while the data is the same.</summary>
    public async Task<(RecordDocument Document, string Json, byte[] Pdf)> BuildAsync(Guid sessionId, CancellationToken ct)
    {
        var document = await builder.BuildAsync(sessionId, ct);
        var json = RecordJson.Write(document);
        return (document, json, RecordPdf.Render(document, RecordJson.Sha256(json)));
    }

    public Task<SessionRecord?> FindAsync(Guid sessionId, CancellationToken ct) =>
        db.Set<SessionRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.SessionId == sessionId, ct);
}
