using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// Credentials letters: PDF only (checked by the file's first bytes, not its name or declared type), limited in
/// size, kept as files in the data folder under a name the app chooses, served to the secretariat only.
/// </summary>
public sealed class CredentialsLetters(AppDbContext db, AuditLog audit, TimeProvider time, FocalPoints focalPoints,
    IOptions<AccreditationOptions> options, IOptions<DatabaseOptions> database, IHostEnvironment env)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    private string Folder => Path.Combine(DatabaseSetup.DataFolderPath(database.Value, env.ContentRootPath), "credentials");

    public async Task<LetterView> UploadAsync(ClaimsPrincipal user, IFormFile? file, CancellationToken ct)
    {
        var delegation = await focalPoints.OwnDelegationAsync(user, ct);
        if (file is null || file.Length == 0) throw new DomainException(AccreditationErrors.LetterInvalid, "Choose the credentials letter (a PDF file).");
        var max = options.Value.CredentialsMaxBytes;
        if (file.Length > max)
            throw new DomainException(AccreditationErrors.LetterTooLarge, $"The letter may be at most {max / 1024 / 1024.0:0.#} MB.");
        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        if (buffer.Length < PdfMagic.Length || !buffer.GetBuffer().AsSpan(0, PdfMagic.Length).SequenceEqual(PdfMagic))
            throw new DomainException(AccreditationErrors.LetterInvalid, "The letter must be a PDF file.");

        Directory.CreateDirectory(Folder);
        var letter = new CredentialsLetter
        {
            Id = Guid.NewGuid(), DelegationId = delegation.Id, FileName = SafeName(file.FileName), SizeBytes = buffer.Length,
            UploadedAt = time.GetUtcNow(), UploadedById = Actor.From(user).PersonId ?? "",
        };
        letter.StoredName = $"{letter.Id:N}.pdf";
        var path = Path.Combine(Folder, letter.StoredName);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), ct);
        try
        {
            await db.RunAsync(async () =>
            {
                db.CredentialsLetters.Add(letter);
                audit.Record(db, Actor.From(user), "credentials.uploaded", "Delegation", delegation.Id, new { letter.FileName, letter.SizeBytes });
                await Task.CompletedTask;
            }, ct);
        }
        catch
        {
            File.Delete(path); // no row, no file
            throw;
        }
        return Views.Of(letter)!;
    }

    public async Task<(CredentialsLetter Letter, string Path)> CurrentAsync(Guid delegationId, CancellationToken ct)
    {
        var letter = await LatestAsync(delegationId, ct)
            ?? throw new DomainException(AccreditationErrors.LetterNotFound, "This delegation has not uploaded a credentials letter.");
        return (letter, Path.Combine(Folder, letter.StoredName));
    }

    public Task<CredentialsLetter?> LatestAsync(Guid delegationId, CancellationToken ct) =>
        db.CredentialsLetters.AsNoTracking().Where(l => l.DelegationId == delegationId).OrderByDescending(l => l.UploadedAt).FirstOrDefaultAsync(ct);

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name ?? "");
        var clean = new string(file.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        return clean.Length is 0 or > 200 ? "credentials.pdf" : clean;
    }
}
