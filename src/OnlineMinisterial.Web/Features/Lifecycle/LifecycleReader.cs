using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Web.Features.Lifecycle;

public sealed class LifecycleReader(AppDbContext db)
{
    public async Task<SessionStateView> StateAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Interruptions).SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new DomainException(ErrorCodes.SessionNotFound, "There is no such session.");
        return SessionStateView.Of(session, null);
    }
}
