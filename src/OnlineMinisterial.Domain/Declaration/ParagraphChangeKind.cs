namespace OnlineMinisterial.Domain.Declaration;

public enum ParagraphChangeKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}
