using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Scheduling;

namespace OnlineMinisterial.Web.Features.Scheduling;

internal sealed class ScheduledTransitionConfiguration : IEntityTypeConfiguration<ScheduledTransition>
{
    public void Configure(EntityTypeBuilder<ScheduledTransition> b)
    {
        b.ToTable("ScheduledTransitions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Label).HasMaxLength(300);
        b.Property(x => x.ExecutedByNode).HasMaxLength(100);
        b.Property(x => x.HangfireJobId).HasMaxLength(100);
        b.Ignore(x => x.IsPending);
        // The timer and the reconciler look for pending transitions by due time; agenda commands by subject.
        b.HasIndex(x => new { x.State, x.DueAt });
        b.HasIndex(x => x.SubjectId);
    }
}
