using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// The record of proceedings of a closed session, built in the closing transaction and never changed afterwards
/// (corrections are corrigenda beside it). The bytes are kept as built, with their SHA-256.
/// </summary>
public sealed class SessionRecord
{
    public Guid SessionId { get; set; }
    public string Json { get; set; } = "";
    public byte[] Pdf { get; set; } = [];

    /// <summary>Hex SHA-256 of the JSON's UTF-8 bytes, as served.</summary>
    public string JsonSha256 { get; set; } = "";

    /// <summary>Hex SHA-256 of the PDF's bytes, as served.</summary>
    public string PdfSha256 { get; set; } = "";

    /// <summary>The audit chain's head at the close (the place and hash of the closing entry), also inside the record.</summary>
    public long ChainSequence { get; set; }
    public string ChainHash { get; set; } = "";
    public DateTimeOffset ClosedAt { get; set; }
}

internal sealed class SessionRecordConfiguration : IEntityTypeConfiguration<SessionRecord>
{
    public void Configure(EntityTypeBuilder<SessionRecord> b)
    {
        b.ToTable("SessionRecords");
        b.HasKey(x => x.SessionId);
        b.Property(x => x.SessionId).ValueGeneratedNever();
        b.Property(x => x.JsonSha256).HasMaxLength(64);
        b.Property(x => x.PdfSha256).HasMaxLength(64);
        b.Property(x => x.ChainHash).HasMaxLength(64);
        b.HasOne<Domain.Conference.Session>().WithOne().HasForeignKey<SessionRecord>(x => x.SessionId);
    }
}
