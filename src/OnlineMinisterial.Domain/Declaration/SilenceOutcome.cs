namespace OnlineMinisterial.Domain.Declaration;

public enum SilenceOutcome
{
    Running,
    Adopted,
    Broken,
}
