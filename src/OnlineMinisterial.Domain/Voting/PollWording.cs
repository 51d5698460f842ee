using OnlineMinisterial.Domain.Declaration;

namespace OnlineMinisterial.Domain.Voting;

/// <summary>
/// What a poll's question is worded from in each language when the poll has no question of its own: the parts of
/// its subject as they were when the poll was created (a later version of the declaration does not change them).
/// A declaration: its title and the version put to the vote. An amendment: the proposing delegation (its code, by
/// which readers name it in their language, and its name as a fallback), what it does and to which paragraph. The sentence itself is built by each reader in their language, never stored.
/// </summary>
public sealed record PollWording
{
    public static PollWording None => new();

    private PollWording() { }

    public string? DeclarationTitle { get; private init; }
    public int? DeclarationVersion { get; private init; }
    public string? ProposerCode { get; private init; }
    public string? ProposerName { get; private init; }
    public AmendmentKind? AmendmentKind { get; private init; }
    public string? ParagraphLabel { get; private init; }

    public static PollWording ForDeclaration(string title, int version) =>
        new() { DeclarationTitle = title, DeclarationVersion = version };

    public static PollWording ForAmendment(string proposerCode, string proposerName, AmendmentKind kind, string paragraphLabel) =>
        new() { ProposerCode = proposerCode, ProposerName = proposerName, AmendmentKind = kind, ParagraphLabel = paragraphLabel };

    /// <summary>True when a question can be worded from these parts.</summary>
    public bool IsComplete =>
        DeclarationTitle is not null && DeclarationVersion is not null
        || ProposerCode is not null && ProposerName is not null && AmendmentKind is not null && ParagraphLabel is not null;

    /// <summary>A short name of the subject in no particular language (a title, a paragraph's label), for labels.</summary>
    public string Subject => DeclarationTitle ?? ParagraphLabel ?? "";
}
