using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> b)
    {
        b.ToTable("Amendments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ParagraphLabel).HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(TextLimits.Reason);
        b.Property(x => x.Version).IsConcurrencyToken();
        // No foreign key to the paragraph: an amendment outlives the paragraph it proposed to delete.
        b.HasOne<Domain.Declaration.Declaration>().WithMany().HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DeclarationId, x.ProposedAt });
        b.HasChildren(x => x.CoSponsors, "_coSponsors", "AmendmentId");
        b.Ignore(x => x.IsClosed);
    }
}
