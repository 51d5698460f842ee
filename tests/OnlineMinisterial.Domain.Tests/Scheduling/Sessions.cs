using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Domain.Tests.Scheduling;

internal static class Sessions
{
    public static Session StartingIn(DateTimeOffset now, TimeSpan startIn, TimeSpan length, string title = "Panel I") =>
        Session.Schedule(Guid.NewGuid(), Guid.NewGuid(), title, SessionKind.Panel, "moderator", now + startIn, now + startIn + length, 3);
}
