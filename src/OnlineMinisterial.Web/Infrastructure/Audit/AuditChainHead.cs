namespace OnlineMinisterial.Web.Infrastructure.Audit;

/// <summary>
/// The one row that says where the audit chain ends. Appending locks it, so appends from concurrent commands (and
/// nodes) take turns and each entry links to the one committed before it.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    /// <summary>The hash before the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public int Id { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = Genesis;
}
