using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>A paragraph of the working draft. Its id survives edits, so versions can be compared paragraph by paragraph.</summary>
internal sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> b)
    {
        b.ToTable("DeclarationDraftParagraphs");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.Label);
    }
}
