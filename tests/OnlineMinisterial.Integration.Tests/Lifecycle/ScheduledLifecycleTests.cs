using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Lifecycle;
using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Lifecycle;

/// <summary>The schedule's part of the lifecycle, with the timer and Hangfire running: an adjourned session resumes once; auto-close.</summary>
[Collection(HangfireServers.Name)]
public sealed class ScheduledLifecycleTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private AppHost _host = null!;
    private readonly List<Participant> _people = [];

    public Task InitializeAsync()
    {
        _db = TestDatabase.Sqlite();
        var settings = HangfireServers.Settings();
        settings["Scheduling:AutoCloseGraceMinutes"] = "0";
        _host = new AppHost(_db, settings);
        _ = _host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var p in _people) await p.DisposeAsync();
        await _host.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<(FloorClient Chair, Guid SessionId)> ChairOfTheLiveSessionAsync()
    {
        var participant = await _host.SignInAsync(DemoLogins.Chair);
        _people.Add(participant);
        var chair = new FloorClient(participant, await participant.ConnectAsync(FloorClient.HubPath));
        var id = await _host.WithDbAsync(d => d.Sessions.Where(s => s.State == SessionState.Live).Select(s => s.Id).SingleAsync());
        await chair.JoinAsync(id);
        return (chair, id);
    }

    [Fact]
    public async Task Adjourned_ResumesByItselfAtThePlannedTime_Once()
    {
        var (chair, id) = await ChairOfTheLiveSessionAsync();
        var states = new EventRecorder<SessionStateView>(chair.Connection, LifecycleBroadcaster.Event);
        var state = await LifecycleScenarios.StateAsync(chair, id);
        var resumeAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var adjourned = await chair.Connection.InvokeAsync<SessionStateView>("AdjournSession", id, resumeAt, state.Version);
        Assert.Equal((SessionState.Suspended, StoredTime.Stored(resumeAt)), (adjourned.State, adjourned.ResumesAt!.Value));

        var resumed = await states.WaitForAsync(s => s.State == SessionState.Live, TimeSpan.FromSeconds(30));
        Assert.Equal("session.resumed", resumed.Change);
        Assert.Null(resumed.ResumesAt);
        var transition = await _host.WithDbAsync(d => d.ScheduledTransitions.SingleAsync(t => t.SubjectId == id && t.Kind == TransitionKind.ResumeSession));
        Assert.Equal(TransitionState.Done, transition.State);

        // Run it again, as a late Hangfire job or a second node would: nothing more happens.
        await using (var scope = _host.Services.CreateAsyncScope())
            Assert.Equal(TransitionOutcome.AlreadyDone,
                await scope.ServiceProvider.GetRequiredService<TransitionExecutor>().RunAsync(transition.Id, transition.DueAt, "test"));
        var resumptions = await _host.WithDbAsync(d => d.AuditEntries.CountAsync(e => e.Action == "session.resumed" && e.SubjectId == id.ToString()));
        Assert.Equal(1, resumptions);
        var interruption = Assert.Single(resumed.Interruptions);
        Assert.Equal(InterruptionKind.Adjournment, interruption.Kind);
        Assert.NotNull(interruption.EndedAt);
    }

    [Fact]
    public async Task AfterItsEndAndGrace_WithNoSpeechRunning_TheSessionClosesByItself_AndTheRecordSaysSo()
    {
        var (chair, id) = await ChairOfTheLiveSessionAsync();
        var states = new EventRecorder<SessionStateView>(chair.Connection, LifecycleBroadcaster.Event);
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var endsAt = StoredTime.Stored(DateTimeOffset.UtcNow.AddSeconds(2));
            await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndsAt, endsAt));
            var session = await db.Sessions.SingleAsync(s => s.Id == id);
            var plan = await scope.ServiceProvider.GetRequiredService<TransitionPlanner>().SyncAsync(session, CancellationToken.None);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<TransitionJobs>().ApplyAsync(plan);
        }

        var closed = await states.WaitForAsync(s => s.State == SessionState.Closed, TimeSpan.FromSeconds(30));
        Assert.True(closed.ClosedAutomatically);
        var json = await chair.Participant.Http.GetStringAsync($"/api/sessions/{id}/record");
        Assert.True(RecordJson.Read(json).Session.ClosedAutomatically);
    }
}
