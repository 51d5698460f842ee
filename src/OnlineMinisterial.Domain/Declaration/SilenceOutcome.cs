namespace OnlineMinisterial.Domain.Declaration;

public enum SilenceOutcome
{
    Running,
    Adopted,
    Broken,

    /// <summary>The secretariat ended the procedure before its deadline; the text returned to drafting.</summary>
    Withdrawn,
}
