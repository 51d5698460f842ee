using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// That a delegation voted. Its key (PollId, DelegationId) is the database's own guarantee of one counted vote per
/// delegation per poll, whatever happens above it.
/// </summary>
internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> b)
    {
        b.ToTable("PollParticipations");
        b.Property<Guid>("PollId"); // the parent's key, part of this key; the parent maps the relationship
        b.HasKey("PollId", nameof(Participation.DelegationId));
        // Internal in the domain so no read model picks it up; mapped by name. Null once the poll is closed.
        b.Property<Guid?>("SecretBallotId");
    }
}
