using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OnlineMinisterial.Web.Infrastructure.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(x => x.Id);
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.Action).HasMaxLength(80);
        b.Property(x => x.SubjectType).HasMaxLength(80);
        b.Property(x => x.SubjectId).HasMaxLength(80);
        b.HasIndex(x => new { x.SubjectType, x.SubjectId });
        b.HasIndex(x => x.At);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.Sequence);
    }
}
