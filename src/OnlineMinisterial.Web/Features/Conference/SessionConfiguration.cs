using OnlineMinisterial.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Conference;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.ToTable("Sessions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(TextLimits.SessionTitle);
        b.Property(x => x.ChairId).HasMaxLength(450);
        b.Property(x => x.VideoUrl).HasMaxLength(TextLimits.VideoUrl);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsLive);
        b.HasMany(x => x.Interruptions).WithOne().HasForeignKey("SessionId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Interruptions).HasField("_interruptions").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => new { x.ConferenceId, x.Ordinal });
        b.HasOne<Domain.Conference.Conference>().WithMany().HasForeignKey(x => x.ConferenceId);
    }
}
