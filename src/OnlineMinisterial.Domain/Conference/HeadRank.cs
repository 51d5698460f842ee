namespace OnlineMinisterial.Domain.Conference;

/// <summary>Protocol rank of a delegation's head; lower value ranks first.</summary>
public enum HeadRank
{
    HeadOfStateOrGovernment = 0,
    Minister = 1,
    DeputyMinister = 2,
    Ambassador = 3,
    SeniorOfficial = 4,
}
