using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Calendar;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.ToTable("CalendarFeeds");
        b.HasKey(x => x.PersonId);
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
