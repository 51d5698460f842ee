using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Floor;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.Integration.Tests.Scheduling;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Lifecycle;
using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Infrastructure.Data;

namespace OnlineMinisterial.Integration.Tests.Lifecycle;

/// <summary>
/// The schedule's part of the lifecycle, with the timer and Hangfire running, on SQLite and PostgreSQL: an adjourned
/// session resumes once; after its end and grace it closes by itself, but never mid-speech.
/// </summary>
[Collection(HangfireServers.Name)]
public sealed class ScheduledLifecycleTests : IAsyncLifetime
{
    private TestDatabase? _db;
    private AppHost? _host;
    private readonly List<Participant> _people = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var p in _people) await p.DisposeAsync();
        if (_host is not null) await _host.DisposeAsync();
        if (_db is not null) await _db.DisposeAsync();
    }

    private async Task<AppHost> StartAsync(DatabaseProvider provider)
    {
        _db = await TestDatabase.CreateAsync(provider);
        var settings = HangfireServers.Settings();
        settings["Scheduling:AutoCloseGraceMinutes"] = "0";
        _host = new AppHost(_db, settings);
        _ = _host.Server;
        return _host;
    }

    private async Task<FloorClient> JoinAsync(AppHost host, string email, Guid sessionId)
    {
        var participant = await host.SignInAsync(email);
        _people.Add(participant);
        var client = new FloorClient(participant, await participant.ConnectAsync(FloorClient.HubPath));
        await client.JoinAsync(sessionId);
        return client;
    }

    private async Task<(FloorClient Chair, Guid SessionId)> ChairOfTheLiveSessionAsync(AppHost host)
    {
        var id = await host.WithDbAsync(d => d.Sessions.Where(s => s.State == SessionState.Live).Select(s => s.Id).SingleAsync());
        return (await JoinAsync(host, DemoLogins.Chair, id), id);
    }

    /// <summary>Moves the session's end to a moment from now and plans its transitions again, as a reschedule would.</summary>
    private static async Task EndSoonAsync(AppHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var endsAt = StoredTime.Stored(DateTimeOffset.UtcNow.AddSeconds(2));
        await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndsAt, endsAt));
        var session = await db.Sessions.SingleAsync(s => s.Id == id);
        var plan = await scope.ServiceProvider.GetRequiredService<TransitionPlanner>().SyncAsync(session, CancellationToken.None);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<TransitionJobs>().ApplyAsync(plan);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Adjourned_ResumesByItselfAtThePlannedTime_Once(DatabaseProvider provider)
    {
        var host = await StartAsync(provider);
        var (chair, id) = await ChairOfTheLiveSessionAsync(host);
        var states = new EventRecorder<SessionStateView>(chair.Connection, LifecycleBroadcaster.Event);
        var state = await LifecycleScenarios.StateAsync(chair, id);
        var resumeAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var adjourned = await chair.Connection.InvokeAsync<SessionStateView>("AdjournSession", id, resumeAt, state.Version);
        Assert.Equal((SessionState.Suspended, StoredTime.Stored(resumeAt)), (adjourned.State, adjourned.ResumesAt!.Value));
        var listed = await chair.Participant.GetAsync<SessionView>($"/api/sessions/{id}");
        Assert.Equal(StoredTime.Stored(resumeAt), listed!.ResumesAt);

        var resumed = await states.WaitForAsync(s => s.State == SessionState.Live, TimeSpan.FromSeconds(30));
        Assert.Equal("session.resumed", resumed.Change);
        Assert.Null(resumed.ResumesAt);
        var transition = await host.WithDbAsync(d => d.ScheduledTransitions.SingleAsync(t => t.SubjectId == id && t.Kind == TransitionKind.ResumeSession));
        Assert.Equal(TransitionState.Done, transition.State);

        // Run it again, as a late Hangfire job or a second node would: nothing more happens.
        await using (var scope = host.Services.CreateAsyncScope())
            Assert.Equal(TransitionOutcome.AlreadyDone,
                await scope.ServiceProvider.GetRequiredService<TransitionExecutor>().RunAsync(transition.Id, transition.DueAt, "test"));
        var resumptions = await host.WithDbAsync(d => d.AuditEntries.CountAsync(e => e.Action == "session.resumed" && e.SubjectId == id.ToString()));
        Assert.Equal(1, resumptions);
        var interruption = Assert.Single(resumed.Interruptions);
        Assert.Equal(InterruptionKind.Adjournment, interruption.Kind);
        Assert.NotNull(interruption.EndedAt);
        Assert.Null((await chair.Participant.GetAsync<SessionView>($"/api/sessions/{id}"))!.ResumesAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AfterItsEndAndGrace_WithNoSpeechRunning_TheSessionClosesByItself_AndTheRecordSaysSo(DatabaseProvider provider)
    {
        var host = await StartAsync(provider);
        var (chair, id) = await ChairOfTheLiveSessionAsync(host);
        var states = new EventRecorder<SessionStateView>(chair.Connection, LifecycleBroadcaster.Event);
        await EndSoonAsync(host, id);

        var closed = await states.WaitForAsync(s => s.State == SessionState.Closed, TimeSpan.FromSeconds(30));
        Assert.True(closed.ClosedAutomatically);
        var json = await chair.Participant.Http.GetStringAsync($"/api/sessions/{id}/record");
        Assert.True(RecordJson.Read(json).Session.ClosedAutomatically);
        Assert.Equal(1, await host.WithDbAsync(d => d.AuditEntries.CountAsync(e => e.Action == "session.closed" && e.SubjectId == id.ToString())));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AfterItsEndAndGrace_WithASpeechRunning_TheSessionStaysOpen_AndTheAuditSaysWhy(DatabaseProvider provider)
    {
        var host = await StartAsync(provider);
        var (chair, id) = await ChairOfTheLiveSessionAsync(host);
        var kaz = await JoinAsync(host, DemoLogins.Head("KAZ"), id);
        await kaz.RequestAsync(id);
        var floor = await chair.FloorAsync(id);
        floor = await chair.ModerateAsync("GiveFloorToNext", id, floor.Version);
        var before = await LifecycleScenarios.StateAsync(chair, id);
        await EndSoonAsync(host, id);

        var autoClose = await WaitForAsync(() => host.WithDbAsync(d => d.ScheduledTransitions
            .SingleAsync(t => t.SubjectId == id && t.Kind == TransitionKind.AutoCloseSession)), t => t.State == TransitionState.Done);
        Assert.Equal(1, await host.WithDbAsync(d => d.AuditEntries.CountAsync(e => e.Action == "session.auto_close_skipped" && e.SubjectId == id.ToString())));
        var after = await LifecycleScenarios.StateAsync(chair, id);
        Assert.Equal((SessionState.Live, before.Version), (after.State, after.Version));
        Assert.Equal(floor.Version, (await chair.FloorAsync(id)).Version);
        Assert.NotNull((await kaz.FloorAsync(id)).Current);
        Assert.NotNull(autoClose.ExecutedAt);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > until) return value;
            await Task.Delay(200);
        }
    }
}
