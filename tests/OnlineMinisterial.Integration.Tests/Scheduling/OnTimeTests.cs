using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Notifications;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

[Collection(HangfireServers.Name)]
public sealed class OnTimeTests(ScheduledHost fixture) : IClassFixture<ScheduledHost>
{
    private AppHost Host => fixture.Host;

    [Fact]
    public async Task SessionScheduledSecondsAhead_OpensByItself_Once_AndConnectedClientsSeeIt()
    {
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var changes = new EventRecorder<SessionChanged>(await observer.ConnectAsync(), nameof(IConferenceClient.SessionChanged));
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);

        var session = await Agenda.CreateAsync(secretariat, "Opens by itself", Agenda.SecondsAhead(2), TimeSpan.FromMinutes(30));

        var opened = await changes.WaitForAsync(c => c.SessionId == session.Id && c.State == SessionState.Live, TimeSpan.FromSeconds(30));
        Assert.True(opened.Version > session.Version);
        var open = (await Agenda.TransitionsAsync(Host, session.Id)).Single(t => t.Kind == TransitionKind.OpenSession);
        Assert.Equal(TransitionState.Done, open.State);
        Assert.InRange(open.LatenessMilliseconds!.Value, 0, 30_000);
        Assert.False(string.IsNullOrEmpty(open.ExecutedByNode));

        // Hangfire's job fires too (about a second later): it must find the transition done and change nothing.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "session.opened", session.Id));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "transition.executed", open.Id));
        Assert.Single(changes.Received, c => c.SessionId == session.Id && c.State == SessionState.Live);
    }

    [Fact]
    public async Task Reminder_ReachesEveryRegisteredPerson_InTheirFeed_AndLiveToThoseConnected()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var received = new EventRecorder<NotificationView>(await kaz.ConnectAsync(), nameof(IConferenceClient.NotificationReceived));
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var before = (await kaz.GetAsync<NotificationFeed>("/api/notifications"))!.Unread;

        // Reminders go one minute ahead in this host: a session in 62 s is reminded in about 2 s.
        var session = await Agenda.CreateAsync(secretariat, "Reminded session", Agenda.SecondsAhead(62), TimeSpan.FromMinutes(30));

        var live = await received.WaitForAsync(n => n.TextKey == NotificationKeys.SessionStartsSoon
            && n.Params.GetProperty("sessionId").GetGuid() == session.Id, TimeSpan.FromSeconds(30));
        Assert.Equal("Reminded session", live.Params.GetProperty("title").GetString());
        var people = await Host.WithDbAsync(db => db.Users.CountAsync());
        var sessionId = session.Id.ToString();
        Assert.Equal(people, await Host.WithDbAsync(db => db.Notifications.CountAsync(n => n.ParamsJson.Contains(sessionId))));

        var feed = (await kaz.GetAsync<NotificationFeed>("/api/notifications"))!;
        Assert.Equal(before + 1, feed.Unread);
        Assert.Contains(feed.Items, n => n.Id == live.Id && n.ReadAt == null);

        var read = await kaz.PostAsync($"/api/notifications/{live.Id}/read");
        read.EnsureSuccessStatusCode();
        Assert.Equal(before, (await kaz.GetAsync<NotificationFeed>("/api/notifications"))!.Unread);
        (await kaz.PostAsync("/api/notifications/read-all")).EnsureSuccessStatusCode();
        Assert.Equal(0, (await kaz.GetAsync<NotificationFeed>("/api/notifications"))!.Unread);
    }

    [Fact]
    public async Task SomeoneElsesNotification_CannotBeMarkedRead()
    {
        await using var kaz = await Host.SignInAsync(DemoLogins.Head("KAZ"));
        var response = await kaz.PostAsync($"/api/notifications/{Guid.NewGuid()}/read");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(NotificationErrors.NotFound, await Agenda.CodeOf(response));
    }

    [Fact]
    public async Task AtTheEndTime_TheChairIsToldTimeIsUp_AndTheSessionStaysOpen()
    {
        await using var chair = await Host.SignInAsync(DemoLogins.Chair);
        var received = new EventRecorder<NotificationView>(await chair.ConnectAsync(), nameof(IConferenceClient.NotificationReceived));
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);

        var session = await Agenda.CreateAsync(secretariat, "Short session", Agenda.SecondsAhead(1), TimeSpan.FromSeconds(3));

        var warning = await received.WaitForAsync(n => n.TextKey == NotificationKeys.SessionTimeUp
            && n.Params.GetProperty("sessionId").GetGuid() == session.Id, TimeSpan.FromSeconds(30));
        Assert.Equal("Short session", warning.Params.GetProperty("title").GetString());
        var state = await Host.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.State).SingleAsync());
        Assert.Equal(SessionState.Live, state);
    }
}
