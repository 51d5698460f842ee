using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>
/// A secret choice alone: its random id, the poll and the choice. No identity column, no time, no sequence, so the
/// row says nothing about who cast it or when (see Poll.Casting.cs and Poll.Lifecycle.cs).
/// </summary>
internal sealed class SecretBallotConfiguration : IEntityTypeConfiguration<SecretBallot>
{
    public void Configure(EntityTypeBuilder<SecretBallot> b)
    {
        b.ToTable("PollSecretBallots");
        b.HasKey(x => x.BallotId);
        b.Property(x => x.BallotId).ValueGeneratedNever();
    }
}
