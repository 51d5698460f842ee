namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>Pending until the secretariat decides; withdrawn by whoever nominated, while pending.</summary>
public enum NominationState
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}
