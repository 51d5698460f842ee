using OnlineMinisterial.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OnlineMinisterial.Web.Features.Conference;

internal sealed class ConferenceConfiguration : IEntityTypeConfiguration<Domain.Conference.Conference>
{
    public void Configure(EntityTypeBuilder<Domain.Conference.Conference> b)
    {
        b.ToTable("Conferences");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(TextLimits.ConferenceTitle);
        b.Property(x => x.HostTimeZone).HasMaxLength(64);
        b.Property(x => x.Languages).HasMaxLength(40).HasDefaultValue("en");
        b.Ignore(x => x.LanguageList);
    }
}
