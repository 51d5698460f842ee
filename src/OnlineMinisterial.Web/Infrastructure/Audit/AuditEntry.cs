namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>One change of state: who did what to which subject, and when. Written in the transaction of the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public Guid? ActorDelegationId { get; set; }

    /// <summary>Dotted action name, for example <c>floor.given</c> or <c>session.opened</c>.</summary>
    public string Action { get; set; } = "";

    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";

    /// <summary>JSON with what the action changed; never secrets, never a secret ballot's choice.</summary>
    public string? Details { get; set; }

    /// <summary>Place in the hash chain, from 1, without gaps; 0 for an entry written before the chain existed.</summary>
    public long Sequence { get; set; }

    /// <summary>The hash of the entry before it (64 zeros for the first), hex SHA-256.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 of this entry's content and <see cref="PreviousHash"/> (<see cref="AuditChain.HashOf"/>).</summary>
    public string? Hash { get; set; }
}
