namespace OnlineMinisterial.Domain.Declaration;

/// <summary>A voting delegation's objection to the text under silence, with its reason.</summary>
public sealed class SilenceBreak
{
    private SilenceBreak() { }

    public Guid DelegationId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    internal static SilenceBreak Of(Guid delegationId, string reason, DateTimeOffset now) =>
        new() { DelegationId = delegationId, Reason = reason, At = now };
}
