using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Conference;

/// <summary>The app runs one conference; features that address "the" declaration or "the" polls start from it.</summary>
internal static class CurrentConference
{
    public static async Task<Guid> CurrentConferenceIdAsync(this AppDbContext db, CancellationToken ct)
    {
        var ids = await db.Conferences.OrderBy(c => c.Id).Select(c => c.Id).Take(1).ToListAsync(ct);
        return ids.Count > 0 ? ids[0] : throw new DomainException(ErrorCodes.ConferenceNotFound, "No conference has been set up yet.");
    }
}
