using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>One objection per delegation per round of silence, which the key enforces.</summary>
internal sealed class SilenceBreakConfiguration : IEntityTypeConfiguration<SilenceBreak>
{
    public void Configure(EntityTypeBuilder<SilenceBreak> b)
    {
        b.ToTable("SilenceBreaks");
        b.Property<Guid>("ProcedureId"); // the parent's key, part of this key; the parent maps the relationship
        b.HasKey("ProcedureId", nameof(SilenceBreak.DelegationId));
        b.Property(x => x.Reason).HasMaxLength(TextLimits.Reason);
    }
}
