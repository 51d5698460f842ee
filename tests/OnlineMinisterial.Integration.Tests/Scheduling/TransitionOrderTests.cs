using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Notifications;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

/// <summary>
/// Transitions of one subject run in their order, whichever of them is asked to run first: a session's end warning
/// due together with its opening (the host was down through both) opens the session first and then warns the chair.
/// The clock is moved past both times; these hosts run nothing by themselves, so every run is the test's.
/// </summary>
public sealed class TransitionOrderTests
{
    private static async Task<TransitionOutcome> RunAsync(AppHost host, ScheduledTransition t)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TransitionExecutor>().RunAsync(t.Id, t.DueAt, "test");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EndWarningRunFirst_AfterBothWereDue_OpensTheSessionFirst_AndTheWarningReachesTheChair(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ShiftedClock();
        await using var host = new AppHost(db, services: s => s.AddSingleton<TimeProvider>(clock));
        await using var secretariat = await host.SignInAsync(DemoLogins.Secretariat);
        var session = await Agenda.CreateAsync(secretariat, "Down through both", Agenda.SecondsAhead(3600), TimeSpan.FromMinutes(30));
        var transitions = await Agenda.TransitionsAsync(host, session.Id);
        var warning = transitions.Single(t => t.Kind == TransitionKind.EndWarning);
        var open = transitions.Single(t => t.Kind == TransitionKind.OpenSession);

        clock.Advance(TimeSpan.FromHours(2));
        var outcome = await RunAsync(host, warning);

        Assert.Equal(TransitionOutcome.Executed, outcome);
        var after = await Agenda.TransitionsAsync(host, session.Id);
        Assert.All(after.Where(t => t.Kind is TransitionKind.OpenSession or TransitionKind.EndWarning),
            t => Assert.Equal(TransitionState.Done, t.State));
        Assert.Equal(SessionState.Live, (await host.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id))).State);
        var timeUp = await host.WithDbAsync(d => d.Notifications.AsNoTracking()
            .CountAsync(n => n.TextKey == NotificationKeys.SessionTimeUp && n.PersonId == session.Chair.Id));
        Assert.Equal(1, timeUp);
        Assert.Equal(TransitionOutcome.AlreadyDone, await RunAsync(host, open));
        Assert.Equal(1, await Agenda.AuditCountAsync(host, "session.opened", session.Id));
    }

    [Fact]
    public async Task AnOpeningNotYetDue_IsNotRunAhead_ByALaterTransitionOfTheSubject()
    {
        await using var db = TestDatabase.Sqlite();
        var clock = new ShiftedClock();
        await using var host = new AppHost(db, services: s => s.AddSingleton<TimeProvider>(clock));
        await using var secretariat = await host.SignInAsync(DemoLogins.Secretariat);
        var session = await Agenda.CreateAsync(secretariat, "Not yet", Agenda.SecondsAhead(3600), TimeSpan.FromMinutes(30));
        var reminder = (await Agenda.TransitionsAsync(host, session.Id)).Single(t => t.Kind == TransitionKind.Reminder);

        clock.Advance(reminder.DueAt - clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.Equal(TransitionOutcome.Executed, await RunAsync(host, reminder));

        var open = (await Agenda.TransitionsAsync(host, session.Id)).Single(t => t.Kind == TransitionKind.OpenSession);
        Assert.Equal(TransitionState.Pending, open.State);
        Assert.Equal(SessionState.Scheduled, (await host.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id))).State);
    }
}
