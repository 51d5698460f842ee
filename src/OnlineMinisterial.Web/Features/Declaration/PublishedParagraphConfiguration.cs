using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>A paragraph as published in one version; the same paragraph id appears once in each version.</summary>
internal sealed class PublishedParagraphConfiguration : IEntityTypeConfiguration<PublishedParagraph>
{
    public void Configure(EntityTypeBuilder<PublishedParagraph> b)
    {
        b.ToTable("DeclarationVersionParagraphs");
        b.Property<Guid>("VersionId"); // the parent's key, part of this key; the parent maps the relationship
        b.HasKey("VersionId", nameof(PublishedParagraph.ParagraphId));
        b.Property(x => x.ParagraphId).ValueGeneratedNever();
        b.Ignore(x => x.Label);
    }
}
