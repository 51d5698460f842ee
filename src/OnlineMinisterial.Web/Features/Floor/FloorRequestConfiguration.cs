using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;
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
        b.Ignore(x => x.IsOpen);
        b.HasIndex(SessionId, nameof(FloorRequest.State));
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.Restrict);
    }
}
