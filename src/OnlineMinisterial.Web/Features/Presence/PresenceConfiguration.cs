using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OnlineMinisterial.Web.Features.Presence;

internal sealed class PresenceConnectionConfiguration : IEntityTypeConfiguration<PresenceConnection>
{
    public void Configure(EntityTypeBuilder<PresenceConnection> b)
    {
        b.ToTable("PresenceConnections");
        b.HasKey(x => x.ConnectionId);
        b.Property(x => x.ConnectionId).HasMaxLength(100);
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.Property(x => x.NodeId).HasMaxLength(100);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.DelegationId);
        b.HasIndex(x => x.NodeId);
    }
}

internal sealed class ServerNodeConfiguration : IEntityTypeConfiguration<ServerNode>
{
    public void Configure(EntityTypeBuilder<ServerNode> b)
    {
        b.ToTable("ServerNodes");
        b.HasKey(x => x.NodeId);
        b.Property(x => x.NodeId).HasMaxLength(100);
    }
}

internal sealed class PresenceCounterConfiguration : IEntityTypeConfiguration<PresenceCounter>
{
    public void Configure(EntityTypeBuilder<PresenceCounter> b)
    {
        b.ToTable("PresenceCounters");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new PresenceCounter { Id = PresenceCounter.SingletonId, Version = 0 });
    }
}
