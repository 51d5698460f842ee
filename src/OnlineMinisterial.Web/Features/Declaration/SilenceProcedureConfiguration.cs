using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Declaration;

internal sealed class SilenceProcedureConfiguration : IEntityTypeConfiguration<SilenceProcedure>
{
    public void Configure(EntityTypeBuilder<SilenceProcedure> b)
    {
        b.ToTable("SilenceProcedures");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // The scheduler finds running procedures by deadline.
        b.HasIndex(x => new { x.Outcome, x.Deadline });
        b.HasIdList(x => x.VotingDelegationIds, "_votingDelegationIds", "VotingDelegationIds");
        b.HasChildren(x => x.Breaks, "_breaks", "ProcedureId");
        b.Property(x => x.WithdrawalReason).HasMaxLength(TextLimits.Reason);
        b.Ignore(x => x.IsBroken);
    }
}
