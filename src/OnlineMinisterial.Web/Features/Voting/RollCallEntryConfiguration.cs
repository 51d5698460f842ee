using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Voting;

internal sealed class RollCallEntryConfiguration : IEntityTypeConfiguration<RollCallEntry>
{
    public void Configure(EntityTypeBuilder<RollCallEntry> b)
    {
        b.ToTable("PollRollCall");
        b.Property<Guid>("PollId"); // the parent's key, part of this key; the parent maps the relationship
        b.HasKey("PollId", nameof(RollCallEntry.Position));
        b.Property(x => x.Position).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
    }
}
