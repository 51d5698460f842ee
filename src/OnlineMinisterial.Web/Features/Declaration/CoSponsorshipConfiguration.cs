using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Web.Features.Declaration;

internal sealed class CoSponsorshipConfiguration : IEntityTypeConfiguration<CoSponsorship>
{
    public void Configure(EntityTypeBuilder<CoSponsorship> b)
    {
        b.ToTable("AmendmentCoSponsors");
        b.Property<Guid>("AmendmentId"); // the parent's key, part of this key; the parent maps the relationship
        b.HasKey("AmendmentId", nameof(CoSponsorship.DelegationId));
    }
}
