namespace OnlineMinisterial.Domain.Declaration;

/// <summary>
/// One line of "changes from the previous version". Old fields are null for an added paragraph, new ones for a
/// removed one. Labels differ on an unchanged paragraph when others were inserted or removed before it.
/// </summary>
public sealed record ParagraphChange(
    ParagraphChangeKind Change,
    Guid ParagraphId,
    ParagraphKind Kind,
    string? OldLabel,
    string? NewLabel,
    string? OldText,
    string? NewText);
