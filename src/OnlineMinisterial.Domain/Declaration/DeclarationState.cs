namespace OnlineMinisterial.Domain.Declaration;

public enum DeclarationState
{
    /// <summary>The secretariat edits the draft and publishes versions; amendments may be open.</summary>
    Drafting,

    /// <summary>The latest published version is circulated; delegations may break silence until the deadline.</summary>
    UnderSilence,

    /// <summary>Final: the text is fixed; delegations may only attach statements.</summary>
    Adopted,
}
