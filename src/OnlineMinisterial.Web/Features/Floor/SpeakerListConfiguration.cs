using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

internal sealed class SpeakerListConfiguration : IEntityTypeConfiguration<SpeakerList>
{
    public void Configure(EntityTypeBuilder<SpeakerList> b)
    {
        b.ToTable("SpeakerLists");
        b.HasKey(x => x.SessionId);
        b.Property(x => x.SessionId).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Session>().WithOne().HasForeignKey<SpeakerList>(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);

        // Durations as ticks: SQL Server's time type stops at 24 hours, and one storage for all providers reads the same.
        b.ComplexProperty(x => x.Limits, l =>
        {
            l.Property(x => x.Statement).HasConversion<long?>().HasColumnName("StatementLimitTicks");
            l.Property(x => x.GroupStatement).HasConversion<long?>().HasColumnName("GroupStatementLimitTicks");
            l.Property(x => x.RightOfReply).HasConversion<long?>().HasColumnName("RightOfReplyLimitTicks");
            l.Property(x => x.PointOfOrder).HasConversion<long?>().HasColumnName("PointOfOrderLimitTicks");
        });

        // The aggregate exposes ordered copies; EF reads and writes the lists behind them.
        b.HasMany(x => x.Requests).WithOne().HasForeignKey(FloorRequestConfiguration.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Requests).HasField("_requests").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Speeches).WithOne().HasForeignKey(SpeechConfiguration.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Speeches).HasField("_speeches").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.Ignore(x => x.Waiting);
        b.Ignore(x => x.Current);
    }
}
