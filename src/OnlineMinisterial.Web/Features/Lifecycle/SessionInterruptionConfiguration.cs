using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Lifecycle;

internal sealed class SessionInterruptionConfiguration : IEntityTypeConfiguration<SessionInterruption>
{
    public void Configure(EntityTypeBuilder<SessionInterruption> b)
    {
        b.ToTable("SessionInterruptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
