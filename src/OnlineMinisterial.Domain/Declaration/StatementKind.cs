namespace OnlineMinisterial.Domain.Declaration;

public enum StatementKind
{
    /// <summary>Why the delegation took its position; it still joins the declaration.</summary>
    ExplanationOfPosition,

    /// <summary>A reservation on part of the text; the delegation still joins the declaration.</summary>
    Reservation,

    /// <summary>The delegation does not associate itself with the declaration: it is not listed as joining.</summary>
    Dissociation,
}
