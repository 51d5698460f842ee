namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// A delegation's credentials letter as uploaded by its focal point. The PDF itself is a file under the data
/// folder (<see cref="StoredName"/>); the database keeps only what it is and who sent it. Every upload is kept; the
/// newest is the delegation's current letter.
/// </summary>
public sealed class CredentialsLetter
{
    public Guid Id { get; set; }
    public Guid DelegationId { get; set; }
    public string FileName { get; set; } = "";
    public string StoredName { get; set; } = "";
    public long SizeBytes { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedById { get; set; } = "";
}
