using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Panels;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Panels;

internal sealed class PanelStageConfiguration : IEntityTypeConfiguration<PanelStage>
{
    public void Configure(EntityTypeBuilder<PanelStage> b)
    {
        b.ToTable("PanelStages");
        b.HasKey(x => x.SessionId);
        b.Property(x => x.SessionId).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Session>().WithOne().HasForeignKey<PanelStage>(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Panelists).WithOne().HasForeignKey(PanelistConfiguration.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Panelists).HasField("_panelists").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PanelistConfiguration : IEntityTypeConfiguration<Panelist>
{
    public const string SessionId = "SessionId";

    public void Configure(EntityTypeBuilder<Panelist> b)
    {
        b.ToTable("Panelists");
        b.Property<Guid>(SessionId);
        b.HasKey(SessionId, nameof(Panelist.PersonId));
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.Ignore(x => x.SpeakerId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to the guest invitation: with the stage's cascade SQL Server would see two delete paths.
        b.HasIndex(x => x.GuestId);
    }
}

internal sealed class PanelGuestConfiguration : IEntityTypeConfiguration<PanelGuest>
{
    public void Configure(EntityTypeBuilder<PanelGuest> b)
    {
        b.ToTable("PanelGuests");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.HasIndex(x => new { x.SessionId, x.PersonId }).IsUnique();
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
