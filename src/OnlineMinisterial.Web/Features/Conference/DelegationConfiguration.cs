using OnlineMinisterial.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Conference;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.ToTable("Delegations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(TextLimits.DelegationName);
        b.Property(x => x.Code).HasMaxLength(16);
        b.Property(x => x.SeatHolderId).HasMaxLength(450);
        b.Property(x => x.FocalPointId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ConferenceId, x.Code }).IsUnique();
        b.HasOne<Domain.Conference.Conference>().WithMany().HasForeignKey(x => x.ConferenceId);
    }
}
