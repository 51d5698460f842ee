using OnlineMinisterial.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Auth;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(TextLimits.PersonName);
        b.HasIndex(x => x.DelegationId);
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.DelegationId).OnDelete(DeleteBehavior.Restrict);
    }
}
