namespace OnlineMinisterial.Domain.Declaration;

public enum AmendmentKind
{
    /// <summary>New text for the paragraph.</summary>
    Replace,

    /// <summary>A new paragraph, of the same kind, after this one.</summary>
    InsertAfter,

    /// <summary>Strike the paragraph.</summary>
    Delete,
}
