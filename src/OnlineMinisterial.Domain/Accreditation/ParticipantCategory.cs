namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>What a nomination or an accreditation request is for.</summary>
public enum ParticipantCategory
{
    /// <summary>A member of a delegation, nominated by its focal point.</summary>
    Delegate,

    /// <summary>A guest or a non-member organisation, asking through the public form.</summary>
    Observer,

    /// <summary>A journalist, asking through the public form.</summary>
    Press,
}
