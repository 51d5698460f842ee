using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.Property(x => x.TextKey).HasMaxLength(100);
        b.Property(x => x.ParamsJson).HasMaxLength(4000);
        b.HasIndex(x => new { x.PersonId, x.CreatedAt });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
