using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Presence;

namespace OnlineMinisterial.Integration.Tests.Scheduling;

[Collection(HangfireServers.Name)]
public sealed class RescheduleTests(ScheduledHost fixture) : IClassFixture<ScheduledHost>
{
    private AppHost Host => fixture.Host;

    private string? JobState(string jobId)
    {
        using var connection = Host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetJobData(jobId)?.State;
    }

    private async Task<List<ScheduledTransition>> WithJobsAsync(Guid sessionId, int count)
    {
        List<ScheduledTransition> pending = [];
        await Agenda.EventuallyAsync(async () =>
        {
            pending = (await Agenda.TransitionsAsync(Host, sessionId)).Where(t => t.IsPending).ToList();
            return pending.Count == count && pending.All(t => t.HangfireJobId is not null);
        }, what: "every pending transition has its job");
        return pending;
    }

    [Fact]
    public async Task Rescheduling_MovesEveryPendingTransition_WithNewJobs_AndDeletesTheOldOnes()
    {
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var start = Agenda.SecondsAhead(3600);
        var session = await Agenda.CreateAsync(secretariat, "Moving session", start, TimeSpan.FromMinutes(45));
        var before = await WithJobsAsync(session.Id, 3);

        var later = start.AddHours(2);
        var response = await secretariat.PostAsync($"/api/agenda/sessions/{session.Id}/reschedule",
            new { start = Agenda.Local(later), end = Agenda.Local(later.AddMinutes(45)), version = session.Version });
        response.EnsureSuccessStatusCode();

        var after = await WithJobsAsync(session.Id, 3);
        Assert.Equal(before.Select(t => t.Id).Order(), after.Select(t => t.Id).Order());
        Assert.Equal(later, after.Single(t => t.Kind == TransitionKind.OpenSession).DueAt);
        Assert.Equal(later.AddMinutes(-1), after.Single(t => t.Kind == TransitionKind.Reminder).DueAt);
        Assert.Equal(later.AddMinutes(45), after.Single(t => t.Kind == TransitionKind.EndWarning).DueAt);
        Assert.All(before, t => Assert.Equal("Deleted", JobState(t.HangfireJobId!)));
        Assert.All(after, t => Assert.Equal("Scheduled", JobState(t.HangfireJobId!)));
        Assert.Equal(1, await Agenda.AuditCountAsync(Host, "session.rescheduled", session.Id));
    }

    [Fact]
    public async Task Cancelling_CancelsItsTransitions_DeletesTheirJobs_AndTellsEveryone()
    {
        await using var observer = await Host.SignInAsync(DemoLogins.Observer);
        var cancelled = new EventRecorder<SessionCancelled>(await observer.ConnectAsync(), nameof(IConferenceClient.SessionCancelled));
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var session = await Agenda.CreateAsync(secretariat, "Cancelled session", Agenda.SecondsAhead(3600), TimeSpan.FromMinutes(45));
        var before = await WithJobsAsync(session.Id, 3);

        (await secretariat.PostAsync($"/api/agenda/sessions/{session.Id}/cancel", new { version = session.Version })).EnsureSuccessStatusCode();

        var seen = await cancelled.WaitForAsync(c => c.SessionId == session.Id);
        Assert.Equal(session.Version + 1, seen.Version);
        Assert.All(await Agenda.TransitionsAsync(Host, session.Id), t => Assert.Equal(TransitionState.Cancelled, t.State));
        Assert.All(before, t => Assert.Equal("Deleted", JobState(t.HangfireJobId!)));
        var conference = (await observer.GetAsync<ConferenceView>("/api/conference"))!;
        Assert.DoesNotContain(conference.Sessions, s => s.Id == session.Id);
    }

    [Fact]
    public async Task Reconciler_GivesATransitionWhoseJobWasLost_ANewJob()
    {
        await using var secretariat = await Host.SignInAsync(DemoLogins.Secretariat);
        var session = await Agenda.CreateAsync(secretariat, "Lost job", Agenda.SecondsAhead(3600), TimeSpan.FromMinutes(45));
        var open = (await WithJobsAsync(session.Id, 3)).Single(t => t.Kind == TransitionKind.OpenSession);
        Host.Services.GetRequiredService<IBackgroundJobClient>().Delete(open.HangfireJobId);

        await Host.Services.GetRequiredService<Web.Features.Scheduling.TransitionReconciler>().ReconcileAsync();

        var renewed = (await Agenda.TransitionsAsync(Host, session.Id)).Single(t => t.Id == open.Id);
        Assert.NotEqual(open.HangfireJobId, renewed.HangfireJobId);
        Assert.Equal("Scheduled", JobState(renewed.HangfireJobId!));
    }
}
