using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Domain.Declaration.Declaration>
{
    public void Configure(EntityTypeBuilder<Domain.Declaration.Declaration> b)
    {
        b.ToTable("Declarations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(TextLimits.Title);
        b.Property(x => x.Version).IsConcurrencyToken();
        // One declaration per conference: the hub and the API address it without an id.
        b.HasIndex(x => x.ConferenceId).IsUnique();
        b.HasOne<Domain.Conference.Conference>().WithMany().HasForeignKey(x => x.ConferenceId);

        b.HasChildren(x => x.DraftParagraphs, "_draftParagraphs", "DeclarationId");
        b.HasChildren(x => x.PublishedVersions, "_versions", "DeclarationId");
        b.HasChildren(x => x.SilenceProcedures, "_silenceProcedures", "DeclarationId");
        b.HasChildren(x => x.Statements, "_statements", "DeclarationId");
        b.HasIdList(x => x.SupportingDelegationIds, "_supportingDelegationIds", "SupportingDelegationIds");

        // Computed from the above; never stored.
        b.Ignore(x => x.LatestVersion);
        b.Ignore(x => x.CurrentSilence);
        b.Ignore(x => x.HasUnpublishedChanges);
        b.Ignore(x => x.JoinedDelegationIds);
    }
}
