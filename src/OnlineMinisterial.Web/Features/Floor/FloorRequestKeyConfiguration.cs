using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

internal sealed class FloorRequestKeyConfiguration : IEntityTypeConfiguration<FloorRequestKey>
{
    public void Configure(EntityTypeBuilder<FloorRequestKey> b)
    {
        b.ToTable("FloorRequestKeys");
        // Scoped to the delegation: one delegation can neither collide with nor probe another's keys.
        b.HasKey(x => new { x.SessionId, x.DelegationId, x.Key });
        b.Property(x => x.Key).HasMaxLength(FloorRequestKey.MaxLength);
        b.HasOne<SpeakerList>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
