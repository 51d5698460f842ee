using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Voting;

namespace OnlineMinisterial.Web.Features.Voting;

/// <summary>Every cast, in order, for the audit; a retry is found by its idempotency key.</summary>
internal sealed class CastEntryConfiguration : IEntityTypeConfiguration<CastEntry>
{
    public const int IdempotencyKeyMaxLength = 100;

    public void Configure(EntityTypeBuilder<CastEntry> b)
    {
        b.ToTable("PollCasts");
        b.Property<Guid>("PollId"); // the parent's key, part of this key; the parent maps the relationship
        b.HasKey("PollId", nameof(CastEntry.Sequence));
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.IdempotencyKey).HasMaxLength(IdempotencyKeyMaxLength);
        b.HasIndex("PollId", nameof(CastEntry.DelegationId), nameof(CastEntry.IdempotencyKey)).IsUnique();
        b.HasIndex(x => x.ReceiptId).IsUnique();
    }
}
