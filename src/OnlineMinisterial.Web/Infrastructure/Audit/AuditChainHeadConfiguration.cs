using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OnlineMinisterial.Web.Infrastructure.Audit;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("AuditChainHeads");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasData(new AuditChainHead { Id = AuditChainHead.SingletonId, Sequence = 0, Hash = AuditChainHead.Genesis });
    }
}
