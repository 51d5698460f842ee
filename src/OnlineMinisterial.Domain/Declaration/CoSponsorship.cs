namespace OnlineMinisterial.Domain.Declaration;

/// <summary>A delegation that joined an amendment as co-sponsor.</summary>
public sealed class CoSponsorship
{
    private CoSponsorship() { }

    public Guid DelegationId { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal static CoSponsorship Of(Guid delegationId, DateTimeOffset now) => new() { DelegationId = delegationId, At = now };
}
