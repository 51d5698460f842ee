using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Record;

namespace OnlineMinisterial.Web.Features.Record;

internal sealed class RecordCorrectionConfiguration : IEntityTypeConfiguration<RecordCorrection>
{
    public void Configure(EntityTypeBuilder<RecordCorrection> b)
    {
        b.ToTable("RecordCorrections");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.SubmittedBy).HasMaxLength(450);
        b.Property(x => x.DecidedBy).HasMaxLength(450);
        b.Property(x => x.Entry).HasMaxLength(40);
        b.Property(x => x.Text).HasMaxLength(RecordCorrection.MaxTextLength);
        b.Property(x => x.Note).HasMaxLength(RecordCorrection.MaxTextLength);
        b.HasIndex(x => new { x.SessionId, x.SubmittedAt });
        b.HasOne<SessionRecord>().WithMany().HasForeignKey(x => x.SessionId);
    }
}
