using OnlineMinisterial.Domain.Common;
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

/// <summary>
/// One line of the preview: what it would do, or why it cannot be imported. <see cref="Reason"/> is the English
/// sentence; <see cref="ReasonCode"/> (an <see cref="AccreditationErrors"/> code) with <see cref="ReasonValues"/>
/// and <see cref="Changes"/> let a client word the same in its language.
/// </summary>
public sealed record ImportRow(int Line, string Code, ImportRowStatus Status, DelegationRow? Row, string? Reason,
    string? ReasonCode = null, IReadOnlyDictionary<string, string>? ReasonValues = null, IReadOnlyList<ImportChange>? Changes = null)
{
    public static ImportRow Refused(int line, string code, ImportProblem problem) =>
        new(line, code, ImportRowStatus.Error, null, problem.Text, problem.Code, problem.Values);
}

/// <summary>Why a line or a delegation is refused: a stable code, the values its wording needs, the English sentence.</summary>
public sealed record ImportProblem(string Code, IReadOnlyDictionary<string, string> Values, string Text)
{
    public DomainException ToException() => new(Code, Text) { Values = Values };
}

/// <summary>One column a changed line alters: <c>name</c>, <c>kind</c>, <c>votes</c> (yes/no) or <c>rank</c>.</summary>
public sealed record ImportChange(string Field, string From, string To);
