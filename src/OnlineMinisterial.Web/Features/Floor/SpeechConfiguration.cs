using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

internal sealed class SpeechConfiguration : IEntityTypeConfiguration<Speech>
{
    public const string SessionId = "SessionId";

    public void Configure(EntityTypeBuilder<Speech> b)
    {
        b.ToTable("Speeches");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property<Guid>(SessionId);
        b.Property(x => x.PersonId).HasMaxLength(450);
        // A pause can outlast a day (a session suspended overnight); SQL Server's time type cannot.
        b.Property(x => x.TotalPaused).HasConversion<long>().HasColumnName("TotalPausedTicks");
        b.Property(x => x.TotalExtension).HasConversion<long>().HasColumnName("TotalExtensionTicks");
        b.Ignore(x => x.IsRunning);
        b.Ignore(x => x.IsPaused);
        b.Ignore(x => x.RemainingAtPause);
        b.Ignore(x => x.SpokenDuration);
        // No foreign key to the request: together with the list's cascades SQL Server would see two delete paths.
        b.HasIndex(SessionId, nameof(Speech.StartedAt));
        b.HasIndex(x => x.RequestId);
        // No foreign key to the delegation: on a panel an invited guest holds the floor under their invitation's id.
        b.HasIndex(x => x.DelegationId);
    }
}
