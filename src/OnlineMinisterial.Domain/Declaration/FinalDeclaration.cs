namespace OnlineMinisterial.Domain.Declaration;

/// <summary>The adopted text as published: the paragraphs, who joined it, and the statements attached to it.</summary>
public sealed record FinalDeclaration(
    Guid DeclarationId,
    string Title,
    int VersionNumber,
    DateTimeOffset AdoptedAt,
    AdoptionMethod Method,
    IReadOnlyList<PublishedParagraph> Paragraphs,
    IReadOnlyList<Guid> JoinedDelegationIds,
    IReadOnlyList<PositionStatement> Statements);
