using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>A delegation as a CSV line describes it (and as the import compares it with what exists).</summary>
public sealed record DelegationRow(string Code, string Name, DelegationKind Kind, bool Votes, HeadRank HeadRank);

public enum ImportRowStatus
{
    New,
    Changed,
    Unchanged,
    Error,
}

/// <summary>One line of the preview: what it would do, or why it cannot be imported.</summary>
public sealed record ImportRow(int Line, string Code, ImportRowStatus Status, DelegationRow? Row, string? Reason);
