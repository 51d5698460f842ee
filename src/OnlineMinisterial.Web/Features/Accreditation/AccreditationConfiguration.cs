using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Accreditation;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> b)
    {
        b.ToTable("Nominations");
        b.HasKey(x => x.Id);
        b.Property(x => x.DisplayName).HasMaxLength(Nomination.NameMax);
        b.Property(x => x.Email).HasMaxLength(EmailAddress.MaxLength);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.Organization).HasMaxLength(Nomination.NameMax);
        b.Property(x => x.Reason).HasMaxLength(Nomination.ReasonMax);
        b.Property(x => x.NominatedById).HasMaxLength(450);
        b.Property(x => x.DecidedById).HasMaxLength(450);
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Counts);
        b.HasIndex(x => new { x.ConferenceId, x.State });
        b.HasIndex(x => x.DelegationId);
        b.HasIndex(x => x.Email);
        b.HasOne<Domain.Conference.Conference>().WithMany().HasForeignKey(x => x.ConferenceId);
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccessLinkConfiguration : IEntityTypeConfiguration<AccessLink>
{
    public void Configure(EntityTypeBuilder<AccessLink> b)
    {
        b.ToTable("AccessLinks");
        b.HasKey(x => x.Id);
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => new { x.PersonId, x.Purpose });
    }
}

internal sealed class CredentialsLetterConfiguration : IEntityTypeConfiguration<CredentialsLetter>
{
    public void Configure(EntityTypeBuilder<CredentialsLetter> b)
    {
        b.ToTable("CredentialsLetters");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.StoredName).HasMaxLength(100);
        b.Property(x => x.UploadedById).HasMaxLength(450);
        b.HasIndex(x => new { x.DelegationId, x.UploadedAt });
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.Cascade);
    }
}
