using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>
/// How many members a delegation may have, counting pending and approved nominations. The default follows the
/// UN General Assembly's rules of procedure (rule 25): five representatives (the head among them), five
/// alternates, advisers as needed (<c>null</c> means no limit).
/// </summary>
public sealed record NominationLimits(int Representatives = 5, int Alternates = 5, int? Advisers = null)
{
    public static readonly NominationLimits UnGeneralAssembly = new();

    /// <summary>Refuses a nomination for <paramref name="role"/> when the delegation's <paramref name="current"/> members fill it.</summary>
    public void Check(IReadOnlyCollection<SeatRole> current, SeatRole role)
    {
        if (role == SeatRole.Head)
            Guard.That(!current.Contains(SeatRole.Head), AccreditationErrors.HeadExists,
                "The delegation already has a head; nominate a representative or an alternate, or withdraw the head first.");
        var (count, max, what) = role switch
        {
            SeatRole.Head or SeatRole.Representative => (current.Count(r => r is SeatRole.Head or SeatRole.Representative), (int?)Representatives, "representatives (the head included)"),
            SeatRole.Alternate => (current.Count(r => r == SeatRole.Alternate), Alternates, "alternates"),
            _ => (current.Count(r => r == SeatRole.Adviser), Advisers, "advisers"),
        };
        Guard.That(max is null || count < max, AccreditationErrors.LimitReached, $"A delegation may have at most {max} {what}.");
    }
}
