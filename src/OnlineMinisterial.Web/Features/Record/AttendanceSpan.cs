using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>
/// One finished hub connection: who was connected, for which delegation, from when to when. Written when the
/// connection's presence row is removed (a disconnect or a sweep of a dead node), so the record of a session can say
/// which delegations attended; connections still open are read from the presence rows.
/// </summary>
public sealed class AttendanceSpan
{
    public long Id { get; set; }
    public string PersonId { get; set; } = "";
    public Guid? DelegationId { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public DateTimeOffset LeftAt { get; set; }

    public static AttendanceSpan Of(PresenceConnection c, DateTimeOffset leftAt) => new()
    {
        PersonId = c.PersonId, DelegationId = c.DelegationId, JoinedAt = c.ConnectedAt, LeftAt = leftAt,
    };
}

internal sealed class AttendanceSpanConfiguration : IEntityTypeConfiguration<AttendanceSpan>
{
    public void Configure(EntityTypeBuilder<AttendanceSpan> b)
    {
        b.ToTable("AttendanceSpans");
        b.HasKey(x => x.Id);
        b.Property(x => x.PersonId).HasMaxLength(450);
        b.HasIndex(x => new { x.LeftAt, x.JoinedAt });
    }
}
