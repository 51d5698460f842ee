using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Floor;

namespace OnlineMinisterial.Web.Features.Floor;

internal sealed class FloorRequestConfiguration : IEntityTypeConfiguration<FloorRequest>
{
    /// <summary>The owning list's key, kept out of the domain type (a request never leaves its list).</summary>
    public const string SessionId = "SessionId";

    public void Configure(EntityTypeBuilder<FloorRequest> b)
    {
        b.ToTable("FloorRequests");
        b.HasKey(x => x.Id);
        // The aggregate chooses the ids; without this EF would take a new request with an id for an existing row.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property<Guid>(SessionId);
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.InterpretedInto).HasMaxLength(8);
        b.Ignore(x => x.IsOpen);
        b.HasIndex(SessionId, nameof(FloorRequest.State));
        // No foreign key to the delegation: on a panel an invited guest holds the floor under their invitation's id.
        b.HasIndex(x => x.DelegationId);
    }
}
