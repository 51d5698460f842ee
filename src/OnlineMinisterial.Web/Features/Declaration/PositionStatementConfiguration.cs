using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Web.Features.Declaration;

/// <summary>Explanations of position, reservations and dissociations: one of each kind per delegation.</summary>
internal sealed class PositionStatementConfiguration : IEntityTypeConfiguration<PositionStatement>
{
    public void Configure(EntityTypeBuilder<PositionStatement> b)
    {
        b.ToTable("DeclarationStatements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex("DeclarationId", nameof(PositionStatement.DelegationId), nameof(PositionStatement.Kind)).IsUnique();
    }
}
