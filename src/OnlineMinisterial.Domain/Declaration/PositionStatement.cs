namespace OnlineMinisterial.Domain.Declaration;

/// <summary>An explanation of position, reservation or dissociation attached to the adopted declaration.</summary>
public sealed class PositionStatement
{
    private PositionStatement() { }

    public Guid Id { get; private set; }
    public Guid DelegationId { get; private set; }
    public StatementKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset AttachedAt { get; private set; }

    internal static PositionStatement Of(Guid delegationId, StatementKind kind, string text, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), DelegationId = delegationId, Kind = kind, Text = text, AttachedAt = now };
}
